using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// A worker profile's <c>values</c> as k0s 1.34 and later decode them: <c>json.Unmarshal</c> into the kubelet's
    /// <c>KubeletConfiguration</c> (k8s.io/kubelet/config/v1beta1; v1.34.1+k0s.0 to v1.36.3+k0s.2
    /// pkg/apis/k0s/v1beta1/workerprofile.go <c>validateConfig</c>). A type error there ends the profile's validation with
    /// "workerProfiles[i].values: Invalid value: json: cannot unmarshal ...", and k0s checks nothing else in it. The
    /// fields modelled are those k0s inspects itself, with the kubelet's Go types; a type error in another kubelet
    /// field is also refused by k0s but not modelled here.
    /// </summary>
    internal static class KubeletValues
    {
        /// <summary><c>apiVersion</c>: Kubernetes' TypeMeta key, the ClusterConfig's too.</summary>
        public const string ApiVersion = FieldPaths.ApiVersion;

        /// <summary>The profile's key that holds the values.</summary>
        public const string ValuesKey = "values";

        /// <summary><c>kind</c>: Kubernetes' TypeMeta key, the ClusterConfig's too.</summary>
        public const string Kind = FieldPaths.Kind;

        /// <summary><c>staticPodURL</c>.</summary>
        public const string StaticPodUrl = "staticPodURL";

        /// <summary><c>clusterDomain</c>.</summary>
        public const string ClusterDomain = "clusterDomain";

        /// <summary><c>clusterDNS</c>.</summary>
        public const string ClusterDns = "clusterDNS";

        /// <summary>The fields: JSON name, Go's name for it in an error (embedded <c>TypeMeta</c> included, Go 1.24+), Go type.</summary>
        private static readonly (string Name, string GoField, string GoType)[] Fields =
        {
            (ApiVersion, "TypeMeta." + ApiVersion, "string"),
            (Kind, "TypeMeta." + Kind, "string"),
            (StaticPodUrl, StaticPodUrl, "string"),
            (ClusterDomain, ClusterDomain, "string"),
            (ClusterDns, ClusterDns, "[]string"),
        };

        /// <summary>One type error: the entry written (its key as written), and encoding/json's error text.</summary>
        internal readonly struct TypeError
        {
            public TypeError(string key, string field, string written, string goType, string text, object? origin, bool certain)
            {
                Key = key;
                Field = field;
                Written = written;
                GoType = goType;
                Text = text;
                Origin = origin;
                IsFirstCertainly = certain;
            }

            /// <summary>The entry as written under values (<c>ClusterDNS</c>, or <c>clusterDNS[1]</c> for a list's element).</summary>
            public string Key { get; }

            /// <summary>The kubelet field (<c>clusterDNS</c>).</summary>
            public string Field { get; }

            /// <summary>What was written, in Go's words (<c>number</c>, <c>bool</c>, <c>array</c>, <c>object</c>, <c>string</c>).</summary>
            public string Written { get; }

            /// <summary>The Go type that cannot hold it (<c>string</c>, <c>[]string</c>).</summary>
            public string GoType { get; }

            /// <summary>encoding/json's error (<c>json: cannot unmarshal number into Go struct field KubeletConfiguration.clusterDomain of type string</c>).</summary>
            public string Text { get; }

            /// <summary>Where the value was written.</summary>
            public object? Origin { get; }

            /// <summary>Whether no other entry k0s decodes before this one might fail first (so <see cref="Text"/> is what k0s prints).</summary>
            public bool IsFirstCertainly { get; }
        }

        /// <summary>
        /// The type error k0s reports for the profile's values, or null when there is none or it is not known. encoding/json
        /// reports the first error in the JSON object's key order, which is byte-wise (sigs.k8s.io/yaml sorts the keys).
        /// </summary>
        /// <param name="profile">The worker profile.</param>
        /// <returns>The error, or null.</returns>
        public static TypeError? FirstTypeError(ItemFacts profile)
        {
            var entries = new List<string>();
            foreach (string key in profile.Keys)
            {
                if (key.StartsWith("values.", StringComparison.Ordinal))
                {
                    string entry = key.Substring("values.".Length);
                    if (entry.IndexOf('[') < 0 && entry.IndexOf('.') < 0)
                    {
                        entries.Add(entry);
                    }
                }
            }

            entries.Sort(GoKeyOrder.Compare);
            bool earlierUnknown = !profile.IsComplete;
            foreach (string entry in entries)
            {
                (string Name, string GoField, string GoType)? field = Find(entry);
                if (field == null)
                {
                    continue;
                }

                string key = "values." + entry;
                Fact<string> kind = profile.Kind(key);
                if (!kind.IsKnown)
                {
                    earlierUnknown = true;
                    continue;
                }

                (string name, string goField, string goType) = field.Value;
                if (goType == "string")
                {
                    if (kind.Value != "string" && kind.Value != "null")
                    {
                        return new TypeError(entry, name, kind.Value, goType, Message(kind.Value, goField, goType), kind.Origin, !earlierUnknown);
                    }

                    continue;
                }

                if (kind.Value == "null")
                {
                    continue;
                }

                if (kind.Value != "array")
                {
                    return new TypeError(entry, name, kind.Value, goType, Message(kind.Value, goField, goType), kind.Origin, !earlierUnknown);
                }

                // A list: each element is decoded into a string, in order.
                for (int i = 0; ; i++)
                {
                    string element = key + "[" + i.ToInvariant() + "]";
                    Fact<string> elementKind = profile.Kind(element);
                    if (elementKind.IsUnset)
                    {
                        break;
                    }

                    if (!elementKind.IsKnown)
                    {
                        earlierUnknown = true;
                        break;
                    }

                    if (elementKind.Value != "string" && elementKind.Value != "null")
                    {
                        return new TypeError(entry + "[" + i.ToInvariant() + "]", name, elementKind.Value, "string", Message(elementKind.Value, goField, "string"), elementKind.Origin, !earlierUnknown);
                    }
                }
            }

            return null;
        }

        private static (string Name, string GoField, string GoType)? Find(string key)
        {
            foreach ((string Name, string GoField, string GoType) field in Fields)
            {
                if (FieldCatalogue.FoldsTo(key, field.Name))
                {
                    return field;
                }
            }

            return null;
        }

        private static string Message(string written, string goField, string goType)
            => "json: cannot unmarshal " + written + " into Go struct field KubeletConfiguration." + goField + " of type " + goType;
    }
}
