using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace K0sConfig.Yaml
{
    /// <summary>Every key of the k0s ClusterConfig and its type (ClusterConfigSchema.txt, made from the k0s CRD).</summary>
    internal static class ClusterConfigSchema
    {
        private static readonly Lazy<(Dictionary<string, string> Types, Dictionary<string, string[]> Children)> Data = new Lazy<(Dictionary<string, string>, Dictionary<string, string[]>)>(Load);

        /// <summary>The type at a schema path ("" for the root, "spec.api.extraArgs.*", "spec.api.sans[]"), or null.</summary>
        public static string? TypeOf(string path) => Data.Value.Types.TryGetValue(path, out string? type) ? type : null;

        /// <summary>The field names of the object at <paramref name="path"/>.</summary>
        public static IReadOnlyList<string> FieldsOf(string path) => Data.Value.Children.TryGetValue(path, out string[]? names) ? names : Array.Empty<string>();

        /// <summary>The field of the object at <paramref name="path"/> that <paramref name="key"/> names, as Go's encoding/json matches it (exactly, else ignoring case).</summary>
        public static string? Field(string path, string key)
        {
            IReadOnlyList<string> fields = FieldsOf(path);
            foreach (string field in fields)
            {
                if (string.Equals(field, key, StringComparison.Ordinal))
                {
                    return field;
                }
            }

            foreach (string field in fields)
            {
                if (string.Equals(field, key, StringComparison.OrdinalIgnoreCase))
                {
                    return field;
                }
            }

            return null;
        }

        public static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

        private static (Dictionary<string, string>, Dictionary<string, string[]>) Load()
        {
            var types = new Dictionary<string, string>(StringComparer.Ordinal);
            var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            using Stream stream = typeof(ClusterConfigSchema).Assembly.GetManifestResourceStream("K0sConfig.Yaml.ClusterConfigSchema.txt")
                ?? throw new InvalidOperationException("The embedded ClusterConfigSchema.txt is missing.");
            using var reader = new StreamReader(stream);
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int space = line.LastIndexOf(' ');
                string path = line.Substring(0, space);
                path = path == "." ? string.Empty : path;
                types[path] = line.Substring(space + 1);
                int dot = path.LastIndexOf('.');
                if (path.Length != 0 && !path.EndsWith("[]", StringComparison.Ordinal) && !path.EndsWith(".*", StringComparison.Ordinal))
                {
                    string parent = dot < 0 ? string.Empty : path.Substring(0, dot);
                    string name = dot < 0 ? path : path.Substring(dot + 1);
                    if (!children.TryGetValue(parent, out List<string>? list))
                    {
                        children[parent] = list = new List<string>();
                    }

                    list.Add(name);
                }
            }

            return (types, children.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
