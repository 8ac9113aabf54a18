using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using K0sConfig.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K0sConfig
{
    /// <summary>Text the YAML writer writes as a block (<c>|</c>) when it spans lines: a helm chart's values.</summary>
    internal sealed class YamlText
    {
        public YamlText(string text) => Text = text;

        public string Text { get; }
    }

    /// <summary>
    /// A mapping of free keys to values of any shape (a worker profile's kubelet configuration), each value turned into
    /// YAML when it is set, so a caller's object changed later does not change the configuration.
    /// </summary>
    internal sealed class ObjectMap
    {
        private readonly List<(string Key, YamlNode Node, string? Text)> _entries = new List<(string, YamlNode, string?)>();

        public int Count => _entries.Count;

        /// <summary>The entries in the order first written: the key, the value as YAML, and the value when it is text.</summary>
        public IReadOnlyList<(string Key, YamlNode Node, string? Text)> Entries => _entries;

        public void Set(string key, object value)
        {
            (string, YamlNode, string?) entry = (key, YamlValues.ToNode(value), value as string);
            int index = _entries.FindIndex(e => e.Key == key);
            if (index < 0)
            {
                _entries.Add(entry);
            }
            else
            {
                _entries[index] = entry;
            }
        }

        public ObjectMap Clone()
        {
            var copy = new ObjectMap();
            copy._entries.AddRange(_entries);
            return copy;
        }
    }

    /// <summary>Turns .NET values into YAML: dictionaries and objects as mappings, sequences as lists, scalars as YAML 1.1 reads them back.</summary>
    internal static class YamlValues
    {
        private const int MaxDepth = 64;

        public static YamlNode ToNode(object? value) => ToNode(value, 0);

        /// <summary>The value as YAML text, as a block of lines (a mapping or list) or one scalar.</summary>
        public static string ToText(object value)
        {
            var stream = new YamlStream(new YamlDocument(ToNode(value)));
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            stream.Save(writer, assignAnchors: false);
            string yaml = writer.ToString();
            const string end = "...\n";
            return yaml.EndsWith(end, StringComparison.Ordinal) ? yaml.Substring(0, yaml.Length - end.Length) : yaml;
        }

        /// <summary>A string scalar, double-quoted when a YAML 1.1 or 1.2 reader would take it for another type or it needs escapes.</summary>
        public static YamlScalarNode Text(string value)
            => new YamlScalarNode(value) { Style = YamlScalars.ReadsAsNonString(value) || YamlScalars.NeedsEscapes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };

        private static YamlScalarNode Plain(string value) => new YamlScalarNode(value) { Style = ScalarStyle.Plain };

        private static YamlNode ToNode(object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new ArgumentException("The value nests deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels (a cycle?); k0s.yaml values are plain data.", nameof(value));
            }

            switch (value)
            {
                case null:
                    return Plain("null");
                case string text:
                    return Text(text);
                case bool flag:
                    return Plain(flag ? "true" : "false");
                case float number:
                    return Plain(number.ToString("R", CultureInfo.InvariantCulture));
                case double number:
                    return Plain(number.ToString("R", CultureInfo.InvariantCulture));
                case IFormattable number when IsInteger(value) || value is decimal:
                    return Plain(number.ToString(null, CultureInfo.InvariantCulture));
                case TimeSpan duration:
                    return Text(GoDuration.Format(duration));
                case Enum member:
                    return Text(member.ToString());
                case IDictionary map:
                {
                    var mapping = new YamlMappingNode();
                    foreach (DictionaryEntry entry in map)
                    {
                        mapping.Add(Text(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty), ToNode(entry.Value, depth + 1));
                    }

                    return mapping;
                }

                case IEnumerable items:
                {
                    var sequence = new YamlSequenceNode();
                    foreach (object? item in items)
                    {
                        sequence.Add(ToNode(item, depth + 1));
                    }

                    return sequence;
                }

                default:
                {
                    var mapping = new YamlMappingNode();
#pragma warning disable IL2075 // Objects given as values are plain data (anonymous types, records); their properties are read as given.
                    foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
#pragma warning restore IL2075
                    {
                        if (property.CanRead && property.GetIndexParameters().Length == 0)
                        {
                            mapping.Add(Text(property.Name), ToNode(property.GetValue(value), depth + 1));
                        }
                    }

                    return mapping;
                }
            }
        }

        private static bool IsInteger(object value)
            => value is sbyte || value is byte || value is short || value is ushort || value is int || value is uint || value is long || value is ulong;
    }
}
