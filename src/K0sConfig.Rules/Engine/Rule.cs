namespace K0sConfig.Rules
{
    /// <summary>One rule: reads facts, decides, reports findings. Rules keep no state between evaluations.</summary>
    internal abstract class Rule
    {
        protected Rule(RuleDescriptor descriptor) => Descriptor = descriptor;

        public RuleDescriptor Descriptor { get; }

        public abstract void Evaluate(RuleContext context);
    }

    /// <summary>Another value a finding involves.</summary>
    internal readonly struct Related
    {
        public Related(string path, object? origin)
        {
            Path = path;
            Origin = origin;
        }

        public string Path { get; }

        public object? Origin { get; }
    }
}
