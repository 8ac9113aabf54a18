using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using K0sConfig.Rules;
using K0sConfig.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K0sConfig
{
    /// <summary>
    /// Writes a <see cref="ClusterConfig"/> as k0s.yaml through YamlDotNet's representation model: k0s's exact
    /// keys, only the values the configuration sets, in the order the k0s documentation uses.
    /// </summary>
    internal static class YamlWriter
    {
        public static string Write(ClusterConfig config)
        {
            var root = new YamlMappingNode();
            root.Add(Key(FieldPaths.ApiVersion), Text(ClusterConfig.ApiVersion));
            root.Add(Key(FieldPaths.Kind), Text(ClusterConfig.Kind));
            var metadata = new YamlMappingNode { { Key(FieldPaths.Key(FieldPaths.MetadataName)), Text(config.Name) } };
            if (Section(config.Metadata) is YamlMappingNode maps)
            {
                foreach (KeyValuePair<YamlNode, YamlNode> entry in maps.Children)
                {
                    metadata.Add(entry.Key, entry.Value);
                }
            }

            root.Add(Key(config.Metadata.Path), metadata);

            ConfigNode spec = ConfigFacts.Spec(config.Api, config.Network, config.ControllerManager, config.Sections);

            if (Section(spec) is YamlMappingNode specNode)
            {
                root.Add(Key(spec.Path), specNode);
            }

            var stream = new YamlStream(new YamlDocument(root));
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            stream.Save(writer, assignAnchors: false);
            string yaml = writer.ToString();

            // YamlDotNet ends a document with "...\n"; a hand-written k0s.yaml does not.
            const string end = "...\n";
            return yaml.EndsWith(end, System.StringComparison.Ordinal) ? yaml.Substring(0, yaml.Length - end.Length) : yaml;
        }

        /// <summary>
        /// A section's written fields in the catalogue's writing order (<see cref="FieldCatalogue.InWriteOrder"/>), or
        /// <see langword="null"/> when none is written; an empty section is left out, as a 0 that k0s reads as unset.
        /// </summary>
        private static YamlMappingNode? Section(ConfigNode node)
        {
            var mapping = new YamlMappingNode();
            foreach (CatalogueField field in FieldCatalogue.InWriteOrder(node.Path))
            {
                object? value = node.Raw(field.Key);
                if (value == null || (field.ZeroMeansDefault && IsZero(value)))
                {
                    continue;
                }

                YamlNode? yaml = value switch
                {
                    ConfigNode section => Section(section),
                    List<ConfigNode> items => items.Count == 0 ? null : new YamlSequenceNode(items.Select(item => (YamlNode?)Section(item) ?? new YamlMappingNode())),
                    ArgsMap map => Map(map),
                    ObjectMap map => Values(map),
                    YamlText text => Block(text.Text),
                    IReadOnlyList<string> list => new YamlSequenceNode(list.Select(item => (YamlNode)Text(item))),
                    string text => Text(text),
                    ConfigNode.Spelled spelled => Text(spelled.Spelling),
                    bool flag => Plain(flag ? "true" : "false"),
                    int number => Plain(number.ToString(CultureInfo.InvariantCulture)),
                    uint number => Plain(number.ToString(CultureInfo.InvariantCulture)),
                    System.TimeSpan duration => Text(GoDuration.Format(duration)),
                    _ => throw new System.InvalidOperationException(field.Path + " holds a " + value.GetType().Name + ", which the YAML writer does not know."),
                };

                if (yaml != null)
                {
                    mapping.Add(Key(field.Key), yaml);
                }
            }

            return mapping.Children.Count == 0 ? null : mapping;
        }

        private static bool IsZero(object value) => value is 0 || value is 0u || (value is System.TimeSpan duration && duration == System.TimeSpan.Zero);

        private static YamlMappingNode? Map(ArgsMap map)
        {
            if (map.Count == 0)
            {
                return null;
            }

            var node = new YamlMappingNode();
            foreach (KeyValuePair<string, string> entry in map)
            {
                YamlScalarNode key = Text(entry.Key);
                if (!YamlScalars.IsPlainName(entry.Key))
                {
                    key.Style = ScalarStyle.DoubleQuoted;
                }

                node.Add(key, Text(entry.Value));
            }

            return node;
        }

        private static YamlMappingNode? Values(ObjectMap map)
        {
            if (map.Count == 0)
            {
                return null;
            }

            var node = new YamlMappingNode();
            foreach ((string key, YamlNode value, string? _) in map.Entries)
            {
                node.Add(YamlValues.Text(key), value);
            }

            return node;
        }

        /// <summary>Text that spans lines as a literal block (<c>|</c>), as people write helm values; other text as any text.</summary>
        internal static YamlScalarNode Block(string text)
            => text.IndexOf('\n') >= 0 && !YamlScalars.NeedsEscapes(text.Replace("\n", string.Empty)) ? new YamlScalarNode(text) { Style = ScalarStyle.Literal } : Text(text);

        internal static YamlScalarNode Plain(string value) => new YamlScalarNode(value) { Style = ScalarStyle.Plain };

        internal static YamlScalarNode Key(string key) => new YamlScalarNode(key) { Style = ScalarStyle.Plain };

        /// <summary>
        /// A string scalar, double-quoted when a YAML 1.1 or 1.2 reader would take it for another type or when it holds
        /// characters that only a double-quoted escape keeps intact.
        /// </summary>
        internal static YamlScalarNode Text(string value)
            => new YamlScalarNode(value) { Style = YamlScalars.ReadsAsNonString(value) || YamlScalars.NeedsEscapes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };
    }
}
