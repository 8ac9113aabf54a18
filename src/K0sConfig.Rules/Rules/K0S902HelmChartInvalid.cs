using System.Collections.Generic;
using K0sConfig.Rules.Parsing;

namespace K0sConfig.Rules
{
    /// <summary>K0S902: a helm chart without a name, chart name or namespace, or whose name Helm refuses as a release name.</summary>
    internal sealed class K0S902HelmChartInvalid : Rule
    {
        private static readonly string NameKey = FieldPaths.Key(FieldPaths.HelmChartName);

        public K0S902HelmChartInvalid()
            : base(new RuleDescriptor(
                RuleIds.HelmChartInvalid,
                "Helm chart has no name, chart name or namespace, or an invalid name",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.Sections,
                "Every entry of extensions.helm.charts needs a release name Helm accepts (lower-case DNS labels separated by dots, at most 53 characters), a chart name and a target namespace; k0s rejects the configuration otherwise."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.HelmCharts };

        public override void Evaluate(RuleContext context)
        {
            IReadOnlyList<ItemFacts> charts = context.KnownItems(FieldPaths.HelmCharts);
            for (int i = 0; i < charts.Count; i++)
            {
                ItemFacts chart = charts[i];
                string path = FieldPaths.Entry(FieldPaths.HelmCharts, i);
                string shown = "extensions.helm.charts[" + i.ToInvariant() + "]";

                // k0s reports the first problem of each chart only, in this order.
                Fact<string> name = chart.TextOrUnknown(NameKey);
                if (Items.IsEmpty(context.Facts, chart, path, NameKey, out object? at))
                {
                    context.Report(this, path + ".name", at, shown, "has no name", "k0s rejects it (\"extensions: chart must have Name field not empty\")", "Name the release, such as Name(\"metallb\").");
                    continue;
                }

                if (!name.IsKnown)
                {
                    continue;
                }

                if (!KubernetesNames.IsReleaseName(name.Value))
                {
                    string fix = "Use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 53 characters"
                        + (KubernetesNames.IsReleaseName(name.Value.ToLowerInvariant().Replace('_', '-')) ? ", such as " + name.Value.ToLowerInvariant().Replace('_', '-') : string.Empty) + ".";
                    context.Report(this, path + ".name", name.Origin ?? chart.Origin, shown + ".name '" + name.Value + "'", "is not a release name Helm accepts", "k0s rejects it (\"extensions: " + KubernetesNames.InvalidReleaseName + "\")", fix);
                    continue;
                }

                if (Items.IsEmpty(context.Facts, chart, path, "chartname", out at))
                {
                    context.Report(this, path + ".chartname", at, shown + " (" + name.Value + ")", "has no chartname", "k0s rejects it (\"extensions: chart must have ChartName field not empty\")", "Name the chart to install, such as ChartName(\"metallb/metallb\") (repository/chart).");
                    continue;
                }

                if (chart.TextOrUnknown("chartname").IsKnown && Items.IsEmpty(context.Facts, chart, path, "namespace", out at))
                {
                    context.Report(this, path + ".namespace", at, shown + " (" + name.Value + ")", "has no namespace", "k0s rejects it (\"extensions: chart must have TargetNS field not empty\")", "Set the namespace to install the release in, such as Namespace(\"metallb-system\").");
                }
            }
        }
    }
}
