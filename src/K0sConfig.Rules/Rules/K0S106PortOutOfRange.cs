namespace K0sConfig.Rules
{
    /// <summary>K0S106: api.port or api.k0sApiPort outside 1..65535.</summary>
    internal sealed class K0S106PortOutOfRange : Rule
    {
        public K0S106PortOutOfRange()
            : base(new RuleDescriptor(
                RuleIds.PortOutOfRange,
                "Port is out of range",
                "{0} {1} {2}. Use a port from 1 to 65535, such as {3} (the default).",
                FindingSeverity.Error,
                RuleCategories.Address,
                "api.port (default 6443) and api.k0sApiPort (default 9443) must be from 1 to 65535; k0s replaces 0 with the default."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            Check(context, context.Facts.ApiPort, FieldPaths.ApiPort, 6443);
            Check(context, context.Facts.K0sApiPort, FieldPaths.K0sApiPort, 9443);
        }

        private void Check(RuleContext context, Fact<int> port, string path, int defaultPort)
        {
            if (!port.IsKnown || (port.Value >= 1 && port.Value <= 65535))
            {
                return;
            }

            string key = "api." + FieldPaths.Key(path);
            if (port.Value == 0)
            {
                context.Report(this, FindingSeverity.Warning, path, port.Origin, new object?[] { key, 0, "is not a port; k0s replaces 0 with its default " + defaultPort.ToInvariant(), defaultPort });
            }
            else
            {
                context.Report(this, path, port.Origin, key, port.Value, "is outside 1..65535; k0s rejects it (\"must be between 1 and 65535, inclusive\")", defaultPort);
            }
        }
    }
}
