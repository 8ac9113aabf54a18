using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>One rule: reads facts, decides, reports findings. Rules keep no state between evaluations.</summary>
    internal abstract class Rule
    {
        protected Rule(RuleDescriptor descriptor) => Descriptor = descriptor;

        public RuleDescriptor Descriptor { get; }

        /// <summary>
        /// The paths of the values the rule reads (fields of <see cref="FieldPaths"/>, lists of sections, sections, extraArgs
        /// maps, and <see cref="FieldPaths.Calico"/> and <see cref="FieldPaths.KubeRouter"/> for a provider's block), or
        /// <see langword="null"/> for a rule that reads only the document's problems, the options or k0sctl's facts: it
        /// runs on every evaluation. On facts that started unknown the engine skips a rule when every value it reads is
        /// unknown; RuleReadsTests checks that a rule's findings are the same with every value it does not declare unknown.
        /// </summary>
        public virtual IReadOnlyList<string>? Reads => null;

        /// <summary>What a rule that reads a derived view (such as <see cref="NetworkView.Reads"/>) and some fields of its own declares.</summary>
        protected static IReadOnlyList<string> ReadsOf(IReadOnlyList<string> view, params string[] own)
        {
            var paths = new List<string>(view);
            paths.AddRange(own);
            return paths;
        }

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
