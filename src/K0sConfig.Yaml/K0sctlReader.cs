using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using K0sConfig.Rules;
using YamlDotNet.Core;

namespace K0sConfig.Yaml
{
    /// <summary>
    /// Reads a k0sctl.yaml as k0sctl v0.32 does before it connects to a host: the documents it needs (one
    /// <c>k0sctl.k0sproject.io/v1beta1</c> <c>Cluster</c>, every <c>k0s.k0sproject.io/v1beta1</c> <c>ClusterConfig</c> merged
    /// into <c>spec.k0s.config</c> without overwriting, the rest manifests), its strict decoding (gopkg.in/yaml.v2
    /// UnmarshalStrict: unknown keys, keys written twice, types; with yaml.v2's texts) and the values its validation
    /// reads, into <see cref="K0sctlFacts"/>. Rules K0S940–K0S949 decide.
    /// </summary>
    internal sealed class K0sctlReader
    {
        private const string ClusterConfigApiVersion = "k0s.k0sproject.io/v1beta1";

        private enum T
        {
            Str,
            Int,
            Bool,

            /// <summary>A Go time.Duration as yaml.v2 reads one: a whole number (nanoseconds), a float it truncates, or text time.ParseDuration reads.</summary>
            Duration,

            /// <summary>cluster.Hooks: map[string]map[string][]string (hooks.apply.before: a list of commands).</summary>
            Hooks,

            /// <summary>A file's perm or dirPerm: k0sctl's permToString of what yaml.v2 decodes into any.</summary>
            Perm,
            Any,
            Flags,
            StringMap,
            Localhost,
            Struct,
            List,
        }

        private sealed class Field
        {
            public Field(T type, string? of = null)
            {
                Type = type;
                Of = of;
            }

            public T Type { get; }

            /// <summary>The struct's name in <see cref="Structs"/> (for a list, of its items).</summary>
            public string? Of { get; }
        }

        /// <summary>The Cluster document's types, by the name yaml.v2 prints for them, and their fields (yaml tags).</summary>
        /// <summary>rig's sshconfig.OptionArguments (map[string]any): the type ssh's and openSSH's options decode into.</summary>
        private const string OptionArguments = "sshconfig.OptionArguments";

        private static readonly Dictionary<string, Dictionary<string, Field>> Structs = new Dictionary<string, Dictionary<string, Field>>(StringComparer.Ordinal)
        {
            ["v1beta1.clusterConfig"] = Fields((K0sctlKeys.ApiVersion, T.Str, null), (K0sctlKeys.Kind, T.Str, null), (K0sctlKeys.Metadata, T.Struct, "v1beta1.ClusterMetadata"), (K0sctlKeys.Spec, T.Struct, "cluster.spec")),
            ["v1beta1.ClusterMetadata"] = Fields((K0sctlKeys.Name, T.Str, null), (K0sctlKeys.User, T.Str, null)),
            ["cluster.spec"] = Fields((K0sctlKeys.Hosts, T.List, "cluster.host"), (K0sctlKeys.K0s, T.Struct, "cluster.k0s"), (K0sctlKeys.Options, T.Struct, "cluster.options")),
            ["cluster.k0s"] = Fields((K0sctlKeys.Version, T.Str, null), (K0sctlKeys.VersionChannel, T.Str, null), (K0sctlKeys.DynamicConfig, T.Bool, null), (K0sctlKeys.Config, T.Any, null)),
            ["cluster.host"] = Fields(
                (K0sctlKeys.Ssh, T.Struct, "ssh.Config"), (K0sctlKeys.WinRM, T.Struct, "winrm.Config"), (K0sctlKeys.OpenSSH, T.Struct, "openssh.Config"), (K0sctlKeys.Localhost, T.Localhost, null),
                (K0sctlKeys.Role, T.Str, null), (K0sctlKeys.Reset, T.Bool, null), (K0sctlKeys.PrivateInterface, T.Str, null), (K0sctlKeys.PrivateAddress, T.Str, null), (K0sctlKeys.DataDir, T.Str, null),
                (K0sctlKeys.KubeletRootDir, T.Str, null), (K0sctlKeys.Environment, T.StringMap, null), (K0sctlKeys.UploadBinary, T.Bool, null), (K0sctlKeys.UseExistingK0s, T.Bool, null),
                (K0sctlKeys.K0sBinaryPath, T.Str, null), (K0sctlKeys.K0sInstallPath, T.Str, null), (K0sctlKeys.K0sDownloadURL, T.Str, null), (K0sctlKeys.InstallFlags, T.Flags, null),
                (K0sctlKeys.Files, T.List, "cluster.uploadFile"), (K0sctlKeys.Os, T.Str, null), (K0sctlKeys.Hostname, T.Str, null), (K0sctlKeys.NoTaints, T.Bool, null), (K0sctlKeys.Hooks, T.Hooks, null)),
            ["ssh.Config"] = Fields((K0sctlKeys.Address, T.Str, null), (K0sctlKeys.User, T.Str, null), (K0sctlKeys.Port, T.Int, null), (K0sctlKeys.KeyPath, T.Str, null), (K0sctlKeys.Bastion, T.Struct, "ssh.Config"), (K0sctlKeys.Options, T.Any, OptionArguments)),
            ["winrm.Config"] = Fields(
                (K0sctlKeys.Address, T.Str, null), (K0sctlKeys.User, T.Str, null), (K0sctlKeys.Port, T.Int, null), (K0sctlKeys.Password, T.Str, null), (K0sctlKeys.UseHTTPS, T.Bool, null), (K0sctlKeys.Insecure, T.Bool, null),
                (K0sctlKeys.UseNTLM, T.Bool, null), (K0sctlKeys.CaCertPath, T.Str, null), (K0sctlKeys.CertPath, T.Str, null), (K0sctlKeys.KeyPath, T.Str, null), (K0sctlKeys.TlsServerName, T.Str, null), (K0sctlKeys.Bastion, T.Struct, "ssh.Config")),
            ["openssh.Config"] = Fields((K0sctlKeys.Address, T.Str, null), (K0sctlKeys.User, T.Str, null), (K0sctlKeys.Port, T.Int, null), (K0sctlKeys.KeyPath, T.Str, null), (K0sctlKeys.ConfigPath, T.Str, null), (K0sctlKeys.Options, T.Any, OptionArguments), (K0sctlKeys.DisableMultiplexing, T.Bool, null)),
            ["cluster.uploadFile"] = Fields((K0sctlKeys.Name, T.Str, null), (K0sctlKeys.Src, T.Str, null), (K0sctlKeys.Data, T.Str, null), (K0sctlKeys.DstDir, T.Str, null), (K0sctlKeys.Dst, T.Str, null), (K0sctlKeys.Perm, T.Perm, null), (K0sctlKeys.DirPerm, T.Perm, null), (K0sctlKeys.User, T.Str, null), (K0sctlKeys.Group, T.Str, null)),
            ["cluster.options"] = Fields((K0sctlKeys.Wait, T.Struct, "cluster.WaitOption"), (K0sctlKeys.Drain, T.Struct, "cluster.drainOption"), (K0sctlKeys.Concurrency, T.Struct, "cluster.concurrencyOption"), (K0sctlKeys.EvictTaint, T.Struct, "cluster.evictTaintOption")),
            ["cluster.WaitOption"] = Fields((K0sctlKeys.Enabled, T.Bool, null)),
            ["cluster.drainOption"] = Fields((K0sctlKeys.Enabled, T.Bool, null), (K0sctlKeys.GracePeriod, T.Duration, null), (K0sctlKeys.Timeout, T.Duration, null), (K0sctlKeys.Force, T.Bool, null), (K0sctlKeys.IgnoreDaemonSets, T.Bool, null), (K0sctlKeys.DeleteEmptyDirData, T.Bool, null), (K0sctlKeys.PodSelector, T.Str, null), (K0sctlKeys.SkipWaitForDeleteTimeout, T.Duration, null)),
            ["cluster.concurrencyOption"] = Fields((K0sctlKeys.Limit, T.Int, null), (K0sctlKeys.WorkerDisruptionPercent, T.Int, null), (K0sctlKeys.Uploads, T.Int, null)),
            ["cluster.evictTaintOption"] = Fields((K0sctlKeys.Enabled, T.Bool, null), (K0sctlKeys.Taint, T.Str, null), (K0sctlKeys.Effect, T.Str, null), (K0sctlKeys.ControllerWorkers, T.Bool, null)),
        };

        private readonly string _file;
        private readonly int _offsetShift;
        private readonly List<K0sctlProblem> _problems = new List<K0sctlProblem>();
        private int _lineShift;

        private K0sctlReader(string file, int offsetShift)
        {
            _file = file;
            _offsetShift = offsetShift;
        }

        /// <summary>The API group of every k0sctl apiVersion.</summary>
        private const string ApiGroup = "k0sctl.k0sproject.io/";

        // A line that gives a k0sctl apiVersion, in text that is not YAML.
        private static readonly Regex ApiVersionLine = new Regex("^" + K0sctlKeys.ApiVersion + @":[ \t]*[""']?" + Regex.Escape(ApiGroup), RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>Whether a file's documents are a k0sctl file: one of them has a k0sctl apiVersion.</summary>
        public static bool IsK0sctlFile(IReadOnlyList<YNode?> roots) => roots.Any(r => r is YMapping m && LooksK0sctl(m));

        private static bool IsK0sctlApi(string? api) => api != null && api.StartsWith(ApiGroup, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A k0sctl document: its apiVersion is k0sctl's, or it is a <c>kind: Cluster</c> with <c>spec.hosts</c> (which no
        /// k0s.yaml has) whose apiVersion is mistyped: k0sctl then finds no Cluster in the file, and says so.
        /// </summary>
        private static bool LooksK0sctl(YMapping document)
            => IsK0sctlApi(Text(document, K0sctlKeys.ApiVersion))
                || (string.Equals(Text(document, K0sctlKeys.Kind), K0sctlValues.Cluster, StringComparison.OrdinalIgnoreCase)
                    && Entry(Entry(document, K0sctlKeys.Spec)?.Value as YMapping, K0sctlKeys.Hosts) != null);

        /// <summary>Whether text that is not YAML is a k0sctl file all the same: a line of it gives a k0sctl apiVersion.</summary>
        public static bool IsK0sctlText(string text) => ApiVersionLine.IsMatch(text);

        /// <summary>
        /// What k0sctl says of a k0sctl file that is not YAML (<paramref name="error"/>: "what is wrong; how to fix it", and
        /// where): it refuses it. k0sctl's own text goes on with go-yaml's account of the problem, which is quoted only as
        /// far as it is certain.
        /// </summary>
        public static K0sctlFacts NotParsed(DocumentProblem error, string file)
        {
            int fix = error.Text.LastIndexOf("; ", StringComparison.Ordinal);
            string what = (fix < 0 ? error.Text : error.Text.Substring(0, fix)) + " (" + error.Detail + ")";
            string how = fix < 0 ? "fix the YAML there" : error.Text.Substring(fix + 2);
            return new K0sctlFacts
            {
                Problems = new[]
                {
                    new K0sctlProblem(string.Empty, char.ToUpperInvariant(what[0]) + what.Substring(1), "failed to parse config: failed to decode resource " + Shown(file), char.ToUpperInvariant(how[0]) + how.Substring(1) + ".", error.Origin),
                },
            };
        }

        /// <summary>The file's name as k0sctl prints it.</summary>
        private static string Shown(string file) => file == "-" ? "<stdin>" : file;

        /// <summary>Reads a k0sctl file: the ClusterConfig k0s gets (merged) with its facts, and the k0sctl facts.</summary>
        public static YamlReadResult Read(string text, IReadOnlyList<YNode?> roots, string file, int offsetShift, K0sVersion? version = null)
        {
            var reader = new K0sctlReader(file, offsetShift);
            var facts = new K0sctlFacts();
            string shown = Shown(file);

            foreach (int line in CommentOnlyDocuments(text))
            {
                reader.Problem(string.Empty, "A document holds only comments (a comment before a leading '---' makes one)", "failed to parse config: missing apiVersion or kind in resource " + shown, "Move the comment below the '---' line, or remove the '---'.", new YamlPosition(file, line, 1, 0, 0));
            }

            var clusters = new List<YMapping>();
            var configs = new List<YMapping>();
            var withoutKind = new List<(YMapping Document, string Key)>();
            YMapping? firstK0sctl = null;
            foreach (YNode? root in roots)
            {
                if (root is YScalar scalar && !scalar.IsNull)
                {
                    string value = scalar.Value.Length > 10 ? scalar.Value.Substring(0, 7) + "..." : scalar.Value;
                    reader.Problem(string.Empty, "A document is the text '" + scalar.Value + "', not a resource (k0sctl: failed to decode resource)", "line 1: cannot unmarshal !!str `" + value + "` into manifest.ResourceDefinition", "Remove it, or make it a resource with apiVersion and kind.", reader.Position(scalar));
                    continue;
                }

                if (root is YSequence sequence)
                {
                    reader.Problem(string.Empty, "A document is a list, not a resource (k0sctl: failed to decode resource)", "line 1: cannot unmarshal !!seq into manifest.ResourceDefinition", "Remove it, or make it a resource with apiVersion and kind.", reader.Position(sequence));
                    continue;
                }

                if (!(root is YMapping mapping))
                {
                    continue;
                }

                string? api = Text(mapping, K0sctlKeys.ApiVersion);
                string? kind = Text(mapping, K0sctlKeys.Kind);
                if (string.IsNullOrEmpty(api) || string.IsNullOrEmpty(kind))
                {
                    if (firstK0sctl == null && LooksK0sctl(mapping))
                    {
                        // k0sctl stops there; the document is still the k0sctl one, whose keys the other rules read.
                        firstK0sctl = mapping;
                    }

                    withoutKind.Add((mapping, string.IsNullOrEmpty(api) ? K0sctlKeys.ApiVersion : K0sctlKeys.Kind));
                    continue;
                }

                if (string.Equals(api, K0sctlFacts.SupportedApiVersion, StringComparison.OrdinalIgnoreCase) && string.Equals(kind, K0sctlValues.Cluster, StringComparison.OrdinalIgnoreCase))
                {
                    clusters.Add(mapping);
                }
                else if (string.Equals(api, ClusterConfigApiVersion, StringComparison.OrdinalIgnoreCase) && string.Equals(kind, "ClusterConfig", StringComparison.OrdinalIgnoreCase))
                {
                    configs.Add(mapping);
                }

                if (firstK0sctl == null && LooksK0sctl(mapping))
                {
                    firstK0sctl = mapping;
                }
            }

            // IsK0sctlFile: some document looks like a k0sctl one (LooksK0sctl), so one of the two is set.
            YMapping cluster = clusters.Count != 0 ? clusters[0] : firstK0sctl!;
            foreach ((YMapping document, string key) in withoutKind)
            {
                // A kind that is a list or a mapping in the document read as the Cluster: its strict check names the type,
                // as k0sctl does ("cannot unmarshal !!seq into string").
                if (document != cluster || Entry(document, key)?.Value is YScalar || Entry(document, key) == null)
                {
                    reader.Problem(string.Empty, "A document has no " + key, "failed to parse config: missing apiVersion or kind in resource " + shown, "Give every document in a k0sctl file its apiVersion and kind.", reader.Position(document));
                }
            }

            if (clusters.Count == 0 && !string.IsNullOrEmpty(Text(cluster, K0sctlKeys.Kind)))
            {
                const string NotFound = "failed to get cluster resources: no resources found for apiVersion=k0sctl.k0sproject.io/v1beta1, kind=Cluster";
                if (string.Equals(Text(cluster, K0sctlKeys.Kind), K0sctlValues.Cluster, StringComparison.OrdinalIgnoreCase)
                    && Entry(cluster, K0sctlKeys.ApiVersion) is { } apiEntry)
                {
                    // A Cluster with hosts whose apiVersion is not k0sctl's: k0sctl does not find it.
                    reader.Problem(K0sctlKeys.ApiVersion, "No document is a k0sctl Cluster: this Cluster's apiVersion is '" + Text(cluster, K0sctlKeys.ApiVersion) + "', not " + K0sctlFacts.SupportedApiVersion, NotFound, "Write apiVersion: " + K0sctlFacts.SupportedApiVersion + ".", reader.Position(apiEntry.Value));
                }
                else
                {
                    KeyValuePair<YNode, YNode>? kindEntry = Entry(cluster, K0sctlKeys.Kind);
                    reader.Problem(K0sctlKeys.Kind, "No document is a k0sctl Cluster (apiVersion k0sctl.k0sproject.io/v1beta1, kind Cluster)", NotFound, "Write kind: Cluster in the k0sctl document.", reader.Position(kindEntry?.Value ?? cluster));
                }
            }
            else if (clusters.Count > 1)
            {
                reader.Problem(string.Empty, "The file holds " + clusters.Count.ToString(CultureInfo.InvariantCulture) + " k0sctl Cluster documents", "expected exactly one cluster config, got " + clusters.Count.ToString(CultureInfo.InvariantCulture), "Keep one Cluster per file.", reader.Position(clusters[1]));
            }

            reader._lineShift = DocumentStartLine(text, (int)cluster.Start.Line) - 1;
            if (clusters.Count == 0)
            {
                // Not found as a Cluster: k0sctl never gets to check its kind (K0S941), only that there is none.
                facts.Kind = Fact<string>.Unknown();
            }

            facts.Origin = reader.Position(cluster);
            reader.BadMerges(cluster, string.Empty, new HashSet<YNode>());
            reader.Check(cluster, "v1beta1.clusterConfig", string.Empty);
            reader.ReadFacts(cluster, facts);
            if (clusters.Count == 0)
            {
                // k0sctl found no Cluster: it never compares the apiVersion and kind exactly (K0S941).
                facts.Kind = Fact<string>.Unknown(facts.Kind.Origin);
                facts.ApiVersion = Fact<string>.Unknown(facts.ApiVersion.Origin);
            }

            // spec.k0s.config, with every ClusterConfig document merged in (k0sctl: dig.Mapping.Merge, no overwrite).
            YNode? inline = Entry(Entry(Entry(cluster, K0sctlKeys.Spec)?.Value as YMapping, K0sctlKeys.K0s)?.Value as YMapping, K0sctlKeys.Config)?.Value;
            bool configUnreadable = inline != null && !(inline is YMapping) && !(inline is YScalar s && s.IsNull);

            YMapping? config = inline as YMapping;
            foreach (YMapping document in configs)
            {
                reader._lineShift = DocumentStartLine(text, (int)document.Start.Line) - 1;
                reader.DuplicateKeys(document, "ClusterConfig");

                config = config == null ? document : Merge(config, document);
            }

            facts.HasClusterConfig = configUnreadable ? Fact<bool>.Unknown(facts.Origin) : Fact<bool>.Known(config != null, facts.Origin);
            facts.Problems = reader._problems.ToArray();
            // The k0s version every check answers for: the one asked for, else spec.k0s.version (K0S809 when they differ).
            (K0sVersion? pinned, DocumentProblem? pin) = ClusterConfigYaml.Pin(cluster, version, file, offsetShift);
            if (pin != null && pinned == null && !K0sctlVersion.TryParse(pin.Text, out _, out _))
            {
                // k0sctl itself refuses the version (K0S947 says so): that it is not read as a k0s version adds nothing.
                pin = null;
            }

            K0sVersion? readFor = version ?? pinned;
            ClusterFacts clusterFacts;
            YamlPosition? at = null;
            if (config == null)
            {
                clusterFacts = new ClusterFacts { DocumentProblems = pin == null ? Array.Empty<DocumentProblem>() : new[] { pin } };
            }
            else
            {
                var documentReader = new DocumentReader(file, offsetShift, readFor ?? K0sVersion.Newest);
                if (pin != null)
                {
                    documentReader.AddProblem(pin);
                }

                at = documentReader.Position(config);
                clusterFacts = documentReader.Read(config);
            }

            clusterFacts.K0sctl = facts;
            int index = 0;
            for (int i = 0; i < roots.Count; i++)
            {
                if (roots[i] == cluster)
                {
                    index = i;
                }
            }

            return new YamlReadResult(file, new[] { new YamlConfigDocument(index, clusterFacts, config, at, readFor) { K0sctl = cluster } }, error: null);
        }

        /// <summary>
        /// dig.Mapping.Merge without overwrite: keys of <paramref name="source"/> that <paramref name="target"/> lacks are added,
        /// mappings under a key both have are merged, everything else (and null) in the source is dropped. Nodes keep their places.
        /// </summary>
        internal static YMapping Merge(YMapping target, YMapping source)
        {
            var merged = new YMapping(target.Start, target.End);
            var had = new HashSet<string>(StringComparer.Ordinal);
            foreach (KeyValuePair<YNode, YNode> entry in target.Entries)
            {
                if (entry.Key is YScalar key)
                {
                    had.Add(key.Value);
                }
            }

            var mergedAt = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (KeyValuePair<YNode, YNode> entry in target.Entries)
            {
                if (entry.Key is YScalar key && !ClusterConfigYaml.IsMergeKey(key))
                {
                    mergedAt[key.Value] = merged.EntryList.Count;
                }

                merged.EntryList.Add(entry);
            }

            foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(source))
            {
                if (!(entry.Key is YScalar key) || (entry.Value is YScalar v && v.IsNull))
                {
                    continue;
                }

                if (!had.Contains(key.Value))
                {
                    merged.EntryList.Add(entry);
                }
                else if (entry.Value is YMapping from && mergedAt.TryGetValue(key.Value, out int at) && merged.EntryList[at].Value is YMapping into)
                {
                    merged.EntryList[at] = new KeyValuePair<YNode, YNode>(merged.EntryList[at].Key, Merge(into, from));
                }
            }

            return merged;
        }

        // ---- strict decoding (yaml.v2 UnmarshalStrict) ----------------------------------------------------------------

        private void Check(YNode node, string type, string path)
        {
            if (node is YScalar scalar && scalar.IsNull)
            {
                return;
            }

            if (!(node is YMapping mapping))
            {
                TypeError(node, type, path);
                return;
            }

            Dictionary<string, Field> fields = Structs[type];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach ((KeyValuePair<YNode, YNode> entry, bool merged) in ClusterConfigYaml.InDecodeOrder(mapping))
            {
                if (!(entry.Key is YScalar key))
                {
                    continue;
                }

                string child = path.Length == 0 ? key.Value : path + "." + key.Value;
                if (!fields.TryGetValue(key.Value, out Field? field))
                {
                    Problem(child, "'" + key.Value + "' is not a field k0sctl knows at " + (path.Length == 0 ? "the top of the document" : path) + Suggest(key.Value, fields.Keys), Line(key) + ": field " + key.Value + " not found in type " + type, "Correct the key or remove it: k0sctl reads its file strictly.", Position(key));
                    continue;
                }

                // A merged key decodes into the field apart (go-yaml's own mappingStruct for the merged mapping): a written
                // key may overwrite it, and only a key written twice is set twice.
                if (!merged && !seen.Add(key.Value))
                {
                    Problem(child, child + " is written twice", Line(key) + ": field " + key.Value + " already set in type " + type, "Keep one of the two.", Position(key));
                    continue;
                }

                CheckValue(entry.Value, field, child);
            }
        }

        private void CheckValue(YNode value, Field field, string path)
        {
            if (value is YScalar scalar && scalar.IsNull)
            {
                return;
            }

            switch (field.Type)
            {
                case T.Any:
                    if (field.Of != null)
                    {
                        // A map type (ssh's and openSSH's options: sshconfig.OptionArguments, a map[string]any).
                        if (value is YMapping)
                        {
                            DuplicateKeys(value, path);
                        }
                        else
                        {
                            TypeError(value, field.Of, path);
                        }
                    }
                    else if (path == "spec.k0s.config")
                    {
                        if (value is YMapping)
                        {
                            DuplicateKeys(value, path);
                        }
                        else
                        {
                            TypeError(value, "dig.Mapping", path);
                        }
                    }

                    return;
                case T.Struct:
                    Check(value, field.Of!, path);
                    return;
                case T.Hooks:
                    Nested(value, path, HookTypes, 0);
                    return;
                case T.Perm:
                    if (PermissionError(value) is string refused)
                    {
                        Problem(path, path + " is " + value.Describe() + ", which k0sctl does not take for a permission", refused, "Write the mode in octal, quoted or with a leading 0, such as \"0644\" or 0644 (an unquoted 644 is the decimal number 644, octal 01204).", Position(value));
                    }

                    return;
                case T.List:
                    if (!(value is YSequence list))
                    {
                        TypeError(value, "[]*" + field.Of!.Replace("cluster.host", "cluster.Host").Replace("cluster.uploadFile", "cluster.UploadFile"), path);
                        return;
                    }

                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        string item = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                        if (IsNull(list.Items[i]))
                        {
                            // Both lists hold pointers ([]*Host, []*UploadFile), which k0sctl's resolve step then uses.
                            string what = field.Of == "cluster.host" ? "host" : "file";
                            Problem(item, item + " is null, and k0sctl crashes on a null " + what + " (a nil pointer dereference while it resolves the hosts)", "runtime error: invalid memory address or nil pointer dereference", "Remove the empty '-' entry, or write the " + what + "'s settings under it.", Position(list.Items[i]));
                            continue;
                        }

                        Check(list.Items[i], field.Of!, item);
                    }

                    return;
                case T.Flags:
                    if (!(value is YSequence flags))
                    {
                        TypeError(value, "cluster.Flags", path);
                        return;
                    }

                    for (int i = 0; i < flags.Items.Count; i++)
                    {
                        ScalarOf(flags.Items[i], T.Str, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    }

                    return;
                case T.StringMap:
                    if (!(value is YMapping map))
                    {
                        TypeError(value, "map[string]string", path);
                        return;
                    }

                    var keys = new HashSet<string>(StringComparer.Ordinal);
                    foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(map))
                    {
                        if (entry.Key is YScalar key && !keys.Add(key.Value))
                        {
                            Problem(path + "." + key.Value, path + "." + key.Value + " is written twice", Line(key) + ": key \"" + key.Value + "\" already set in map", "Keep one of the two.", Position(key));
                        }

                        ScalarOf(entry.Value, T.Str, path + "." + (entry.Key as YScalar)?.Value);
                    }

                    return;
                case T.Localhost:
                    if (value is YScalar flag && GoDecoding.Resolve(flag) == JsonKind.Bool)
                    {
                        return;
                    }

                    if (value is YMapping local)
                    {
                        bool unknownKey = false;
                        YNode? enabled = null;
                        foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(local))
                        {
                            if (entry.Key is YScalar key && key.Value != K0sctlKeys.Enabled)
                            {
                                unknownKey = true;
                                Problem(path + "." + key.Value, path + " has the key '" + key.Value + "'", "validation failed: localhost mapping has unknown key \"" + key.Value + "\" (only 'enabled' is allowed)", "Write localhost: {enabled: true}, or localhost: true.", Position(key));
                            }
                            else if (entry.Key is YScalar)
                            {
                                enabled = entry.Value;
                            }
                        }

                        // rig's LocalhostConfig reads the mapping into map[string]any, then wants a bool at 'enabled'.
                        if (!unknownKey && enabled != null && !(enabled is YScalar on && GoDecoding.Resolve(on) == JsonKind.Bool))
                        {
                            Problem(path + "." + K0sctlKeys.Enabled, path + "." + K0sctlKeys.Enabled + " is " + enabled.Describe(), "validation failed: localhost 'enabled' must be a bool, got " + GoValueType(enabled), "Write true or false (unquoted).", Position(enabled));
                        }

                        return;
                    }

                    Problem(path, path + " is " + value.Describe(), "validation failed: localhost must be a bool or {enabled: bool}", "Write localhost: true, or localhost: {enabled: true}.", Position(value));
                    return;
                default:
                    ScalarOf(value, field.Type, path);
                    return;
            }
        }

        /// <summary>yaml.v2 UnmarshalStrict into a map (dig.Mapping): a key written twice in one mapping, at any depth.</summary>
        private static bool IsNull(YNode node) => node is YScalar scalar && scalar.IsNull;

        /// <summary>A merge key (<c>&lt;&lt;</c>) anywhere whose value is not a mapping or a list of mappings: go-yaml stops there.</summary>
        private void BadMerges(YNode node, string path, HashSet<YNode> walked)
        {
            if (!walked.Add(node))
            {
                return;
            }

            if (node is YSequence list)
            {
                for (int i = 0; i < list.Items.Count; i++)
                {
                    BadMerges(list.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", walked);
                }
            }
            else if (node is YMapping mapping)
            {
                foreach (KeyValuePair<YNode, YNode> entry in mapping.Entries)
                {
                    string child = (path.Length == 0 ? string.Empty : path + ".") + ((entry.Key as YScalar)?.Value ?? "?");
                    if (ClusterConfigYaml.IsMergeKey(entry.Key) && !ClusterConfigYaml.IsMergeValue(entry.Value))
                    {
                        Problem(child, child + " is " + entry.Value.Describe() + ", but a merge key takes a mapping or a list of mappings", "yaml: " + ClusterConfigYaml.MergeValueError, "Merge a mapping (<<: *anchor, with the anchor on a mapping), or remove the key.", Position(entry.Value));
                    }

                    BadMerges(entry.Value, child, walked);
                }
            }
        }

        private void DuplicateKeys(YNode node, string path)
        {
            if (node is YSequence list)
            {
                foreach (YNode item in list.Items)
                {
                    DuplicateKeys(item, path);
                }
            }
            else if (node is YMapping mapping)
            {
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (KeyValuePair<YNode, YNode> entry in mapping.Entries)
                {
                    if (entry.Key is YScalar key && !ClusterConfigYaml.IsMergeKey(key) && !keys.Add(key.Value))
                    {
                        Problem(path + "." + key.Value, path + "." + key.Value + " is written twice", Line(key) + ": key \"" + key.Value + "\" already set in map", "Keep one of the two.", Position(key));
                    }

                    DuplicateKeys(entry.Value, path + "." + (entry.Key as YScalar)?.Value);
                }
            }
        }

        /// <summary>yaml.v2's decoding of a scalar into a string (any scalar), an int (an integer, or a float it truncates) or a bool (YAML 1.1 booleans).</summary>
        private void ScalarOf(YNode value, T type, string path)
        {
            string goType = type == T.Int ? "int" : type == T.Bool ? "bool" : type == T.Duration ? "time.Duration" : "string";
            if (!(value is YScalar scalar))
            {
                TypeError(value, goType, path);
                return;
            }

            if (scalar.IsNull || Substituted(scalar))
            {
                return;
            }

            JsonKind kind = GoDecoding.Resolve(scalar);
            bool ok = type switch
            {
                T.Int => kind == JsonKind.Number && (YamlScalars.TryInteger(scalar, out _) || TruncatedToInt(scalar) != null),
                T.Duration => (kind == JsonKind.Number && (YamlScalars.TryInteger(scalar, out _) || TruncatedToInt(scalar) != null)) || (kind == JsonKind.String && GoDuration.TryParse(scalar.Value, out _)),
                T.Bool => kind == JsonKind.Bool,
                _ => true,
            };
            if (!ok)
            {
                TypeError(value, goType, path);
            }
        }

        /// <summary>
        /// k0sctl's permToString (uploadfile.go) of what yaml.v2 decodes into any: a whole number (a float truncated) is
        /// written in octal with a leading 0, text is taken as written, anything else is no permission; then each digit
        /// must be 0-7, and the second, the owner's, at least 4. Its error, or null.
        /// </summary>
        private static string? PermissionError(YNode value)
        {
            if (!(value is YScalar scalar))
            {
                return null;
            }

            string text;
            switch (GoDecoding.Resolve(scalar))
            {
                case JsonKind.String:
                    text = scalar.Value;
                    break;
                case JsonKind.Number:
                    long number;
                    if (YamlScalars.TryInteger(scalar, out long whole))
                    {
                        number = whole;
                    }
                    else if (YamlScalars.TryUnsignedInteger(scalar, out _))
                    {
                        // A uint64: no case of permToString's switch, so no permission.
                        return null;
                    }
                    else
                    {
                        number = GoInt64(YamlFloat(scalar));
                    }

                    if (number < 0)
                    {
                        return "invalid permission: " + number.ToString(CultureInfo.InvariantCulture) + ": must be a positive value";
                    }

                    if (number == 0)
                    {
                        return "invalid nil permission";
                    }

                    text = "0" + Convert.ToString(number, 8);
                    break;
                default:
                    return null;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    // strconv.Atoi of one rune; a rune beyond ASCII is quoted as Go quotes it, which only ASCII is here.
                    return c < 128 ? "failed to parse permission " + text + ": strconv.Atoi: parsing \"" + c + "\": invalid syntax" : "failed to parse permission " + text;
                }

                if (i == 1 && c < '4')
                {
                    return "invalid permission " + text + ": owner would have unconventional access";
                }

                if (c > '7')
                {
                    return "invalid permission " + text + ": octal value can't have numbers over 7";
                }
            }

            return null;
        }

        /// <summary>cluster.Hooks (hooks.apply.before: a list of commands), outermost type first.</summary>
        private static readonly string[] HookTypes = { "cluster.Hooks", "map[string][]string", "[]string", "string" };

        /// <summary>
        /// yaml.v2's decoding into the nested Go types <paramref name="goTypes"/> from <paramref name="level"/> on (maps,
        /// then slices, then a scalar): each value of the wrong shape is a type error; a null leaves the value as it is.
        /// </summary>
        private void Nested(YNode value, string path, string[] goTypes, int level)
        {
            if (value is YScalar { IsNull: true })
            {
                return;
            }

            string goType = goTypes[level];
            bool fits = level == goTypes.Length - 1 ? value is YScalar : goType.StartsWith("[]", StringComparison.Ordinal) ? value is YSequence : value is YMapping;
            if (!fits)
            {
                TypeError(value, goType, path);
            }
            else if (value is YMapping mapping)
            {
                foreach (KeyValuePair<YNode, YNode> entry in ClusterConfigYaml.Entries(mapping))
                {
                    Nested(entry.Value, path + "." + (entry.Key as YScalar)?.Value, goTypes, level + 1);
                }
            }
            else if (value is YSequence list)
            {
                for (int i = 0; i < list.Items.Count; i++)
                {
                    Nested(list.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", goTypes, level + 1);
                }
            }
        }

        /// <summary>The Go type yaml.v2 gives <paramref name="value"/> when it decodes into <c>any</c> (as <c>%T</c> prints it).</summary>
        private static string GoValueType(YNode value) => value switch
        {
            YSequence => "[]interface {}",
            YMapping => "map[interface {}]interface {}",
            YScalar s => GoDecoding.Resolve(s) switch
            {
                JsonKind.Null => "<nil>",
                JsonKind.Bool => "bool",
                JsonKind.Number => YamlScalars.TryInteger(s, out _) ? "int" : YamlScalars.TryUnsignedInteger(s, out _) ? "uint64" : "float64",
                _ => "string",
            },
            _ => "string",
        };

        private void TypeError(YNode value, string goType, string path)
        {
            string tag;
            string shown = string.Empty;
            switch (value)
            {
                case YSequence _:
                    tag = "!!seq";
                    break;
                case YMapping _:
                    tag = "!!map";
                    break;
                default:
                    var scalar = (YScalar)value;
                    JsonKind kind = GoDecoding.Resolve(scalar);
                    tag = kind == JsonKind.Bool ? "!!bool" : kind == JsonKind.Number ? (YamlScalars.TryInteger(scalar, out _) || YamlScalars.TryUnsignedInteger(scalar, out _) ? "!!int" : "!!float") : "!!str";
                    shown = scalar.Value.Length > 10 ? " `" + scalar.Value.Substring(0, 7) + "...`" : " `" + scalar.Value + "`";
                    break;
            }

            // A number where an int belongs is one beyond the int's range.
            string what = goType == "int" && value is YScalar number && GoDecoding.Resolve(number) == JsonKind.Number ? "a whole number from -9223372036854775808 to 9223372036854775807"
                : goType == "int" ? "a whole number" : goType == "cluster.Hooks" ? "a mapping of actions to hooks, such as apply: {before: [...]}" : goType == "map[string][]string" ? "a mapping of stages to lists of commands, such as before: [...]" : goType == "time.Duration" ? "a Go duration, such as 2m or 30s" : goType == "bool" ? "true or false" : goType == "string" ? "text" : goType == "cluster.Flags" ? "a list of flags" : goType.StartsWith("[]", StringComparison.Ordinal) ? "a list" : goType.StartsWith("map", StringComparison.Ordinal) ? "a mapping of names to text" : goType == "dig.Mapping" ? "a ClusterConfig mapping" : "a mapping";
            Problem(path, path + " is " + value.Describe() + ", but k0sctl reads " + what + " there", Line(value) + ": cannot unmarshal " + tag + shown + " into " + goType, "Write " + what + (goType == "bool" ? " (unquoted)" : string.Empty) + ".", Position(value));
        }

        // ---- facts ------------------------------------------------------------------------------------------------

        private void ReadFacts(YMapping cluster, K0sctlFacts facts)
        {
            facts.ApiVersion = Str(cluster, K0sctlKeys.ApiVersion);
            facts.Kind = Str(cluster, K0sctlKeys.Kind);
            YMapping? spec = Entry(cluster, K0sctlKeys.Spec)?.Value as YMapping;
            YMapping? k0s = Entry(spec, K0sctlKeys.K0s)?.Value as YMapping;
            facts.K0sVersion = Str(k0s, K0sctlKeys.Version);
            if (facts.K0sVersion.IsKnown && facts.K0sVersion.Value.Length == 0)
            {
                facts.K0sVersion = Fact<string>.Unset;
            }

            facts.VersionChannel = Str(k0s, K0sctlKeys.VersionChannel);
            facts.DynamicConfig = Bool(k0s, K0sctlKeys.DynamicConfig);
            KeyValuePair<YNode, YNode>? hosts = Entry(spec, K0sctlKeys.Hosts);
            if (hosts == null || (hosts.Value.Value is YScalar n && n.IsNull))
            {
                facts.Hosts = Fact<IReadOnlyList<K0sctlHostFacts>>.Known(Array.Empty<K0sctlHostFacts>(), hosts != null ? Position(hosts.Value.Key) : Position(spec ?? cluster));
                return;
            }

            if (!(hosts.Value.Value is YSequence list))
            {
                facts.Hosts = Fact<IReadOnlyList<K0sctlHostFacts>>.Unknown(Position(hosts.Value.Key));
                return;
            }

            if (list.Items.Any(item => IsNull(item) || (Entry(item as YMapping, K0sctlKeys.Files)?.Value is YSequence files && files.Items.Any(IsNull))))
            {
                // k0sctl crashes on a null host or file (Check reports it): it checks none of the hosts.
                facts.Hosts = Fact<IReadOnlyList<K0sctlHostFacts>>.Unknown(Position(hosts.Value.Key));
                return;
            }

            var read = new List<K0sctlHostFacts>();
            foreach (YNode item in list.Items)
            {
                read.Add(Host(item as YMapping, Position(item)));
            }

            facts.Hosts = Fact<IReadOnlyList<K0sctlHostFacts>>.Known(read, Position(hosts.Value.Key));
        }

        private K0sctlHostFacts Host(YMapping? host, YamlPosition at)
        {
            var facts = new K0sctlHostFacts
            {
                Origin = at,
                Role = Str(host, K0sctlKeys.Role),
                NoTaints = Bool(host, K0sctlKeys.NoTaints),
                PrivateAddress = Str(host, K0sctlKeys.PrivateAddress),
                UseExistingK0s = Bool(host, K0sctlKeys.UseExistingK0s),
                UploadBinary = Bool(host, K0sctlKeys.UploadBinary),
                K0sBinaryPath = Str(host, K0sctlKeys.K0sBinaryPath),
                K0sDownloadUrl = Str(host, K0sctlKeys.K0sDownloadURL),
            };
            if (facts.Role.IsKnown && facts.Role.Value.Length == 0)
            {
                facts.Role = Fact<string>.Unset;
            }

            KeyValuePair<YNode, YNode>? flags = Entry(host, K0sctlKeys.InstallFlags);
            if (flags?.Value is YSequence flagList)
            {
                facts.InstallFlags = Fact<IReadOnlyList<Fact<string>>>.Known(flagList.Items.Select(i => i is YScalar s ? Fact<string>.Known(s.Value, Position(s)) : Fact<string>.Unknown(Position(i))).ToArray(), Position(flags.Value.Key));
            }

            var connections = new List<K0sctlConnectionFacts>();
            foreach ((string key, K0sctlConnectionKind kind) in new[] { (K0sctlKeys.Ssh, K0sctlConnectionKind.Ssh), (K0sctlKeys.WinRM, K0sctlConnectionKind.WinRM), (K0sctlKeys.OpenSSH, K0sctlConnectionKind.OpenSsh) })
            {
                KeyValuePair<YNode, YNode>? entry = Entry(host, key);
                if (entry != null && !(entry.Value.Value is YScalar s && s.IsNull))
                {
                    connections.Add(Connection(kind, entry.Value));
                }
            }

            KeyValuePair<YNode, YNode>? localhost = Entry(host, K0sctlKeys.Localhost);
            if (localhost?.Value is YNode l && LocalhostEnabled(l))
            {
                connections.Add(new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.Localhost, Origin = Position(localhost.Value.Key) });
            }

            facts.Connections = Fact<IReadOnlyList<K0sctlConnectionFacts>>.Known(connections, at);
            KeyValuePair<YNode, YNode>? files = Entry(host, K0sctlKeys.Files);
            if (files?.Value is YSequence fileList)
            {
                facts.Files = Fact<IReadOnlyList<K0sctlFileFacts>>.Known(
                    fileList.Items.Select(i => i as YMapping).Select(m => new K0sctlFileFacts
                    {
                        Origin = m == null ? Position(files.Value.Key) : Position(m),
                        Name = Str(m, K0sctlKeys.Name),
                        Source = Str(m, K0sctlKeys.Src),
                        Data = Str(m, K0sctlKeys.Data),
                        Destination = Str(m, K0sctlKeys.Dst),
                        DestinationDir = Str(m, K0sctlKeys.DstDir),
                    }).ToArray(),
                    Position(files.Value.Key));
            }

            return facts;
        }

        /// <summary>A connection block (ssh, winRM, openSSH, or an ssh bastion) with the bastion it goes through.</summary>
        private K0sctlConnectionFacts Connection(K0sctlConnectionKind kind, KeyValuePair<YNode, YNode> entry)
        {
            var block = entry.Value as YMapping;
            var connection = new K0sctlConnectionFacts
            {
                Kind = kind,
                Origin = Position(entry.Key),
                Address = Str(block, K0sctlKeys.Address),
                Port = Int(block, K0sctlKeys.Port),
                User = Str(block, K0sctlKeys.User),
                Password = Str(block, K0sctlKeys.Password),
                CertPath = Str(block, K0sctlKeys.CertPath),
                KeyPath = kind == K0sctlConnectionKind.WinRM ? Str(block, K0sctlKeys.KeyPath) : Fact<string>.Unset,
            };
            KeyValuePair<YNode, YNode>? bastion = kind == K0sctlConnectionKind.OpenSsh ? null : Entry(block, K0sctlKeys.Bastion);
            if (bastion != null && !(bastion.Value.Value is YScalar s && s.IsNull))
            {
                connection.Bastion = Fact<K0sctlConnectionFacts>.Known(Connection(K0sctlConnectionKind.Ssh, bastion.Value), Position(bastion.Value.Key));
            }

            return connection;
        }

        /// <summary>
        /// k0sctl substitutes environment variables (<c>$VAR</c>, <c>${VAR:-default}</c>) into the whole file before it reads
        /// it, so a value with a <c>$</c> is what the environment makes it: unknown here.
        /// </summary>
        private static bool Substituted(YScalar scalar) => scalar.Value.IndexOf('$') >= 0;

        private static bool LocalhostEnabled(YNode node)
        {
            if (node is YScalar s)
            {
                return YamlScalars.TryBoolean(s, out bool on) && on;
            }

            return node is YMapping m && Entry(m, K0sctlKeys.Enabled)?.Value is YScalar e && YamlScalars.TryBoolean(e, out bool enabled) && enabled;
        }

        /// <summary>A text field: any scalar (yaml.v2 turns numbers and booleans into their text); null or absent is unset.</summary>
        private Fact<string> Str(YMapping? mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = Entry(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<string>.Unset;
            }

            return entry.Value.Value is YScalar s && !Substituted(s) ? Fact<string>.Known(s.Value, Position(s)) : Fact<string>.Unknown(Position(entry.Value.Value));
        }

        private Fact<bool> Bool(YMapping? mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = Entry(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<bool>.Unset;
            }

            return entry.Value.Value is YScalar s && !Substituted(s) && YamlScalars.TryBoolean(s, out bool b) ? Fact<bool>.Known(b, Position(s)) : Fact<bool>.Unknown(Position(entry.Value.Value));
        }

        private Fact<long> Int(YMapping? mapping, string key)
        {
            KeyValuePair<YNode, YNode>? entry = Entry(mapping, key);
            if (entry == null || (entry.Value.Value is YScalar n && n.IsNull))
            {
                return Fact<long>.Unset;
            }

            if (entry.Value.Value is YScalar s && !Substituted(s))
            {
                if (YamlScalars.TryInteger(s, out long number))
                {
                    return Fact<long>.Known(number, Position(s));
                }

                if (TruncatedToInt(s) is long truncated)
                {
                    return Fact<long>.Known(truncated, Position(s));
                }
            }

            return Fact<long>.Unknown(Position(entry.Value.Value));
        }

        /// <summary>
        /// yaml.v2's decoding of a float into a Go int: truncated toward zero, refused above 9223372036854775807 (and
        /// .inf, .nan); below the int64 range (-1e30, -.inf) Go's conversion gives -9223372036854775808.
        /// </summary>
        private static long? TruncatedToInt(YScalar value)
        {
            if (!value.IsPlain || GoDecoding.Resolve(value) != JsonKind.Number || YamlScalars.TryInteger(value, out _) || YamlScalars.TryUnsignedInteger(value, out _))
            {
                // Not a float; a uint64 beyond the int's range is refused as an !!int.
                return null;
            }

            // yaml.v2: resolved <= math.MaxInt64, compared as float64 (2^63), then int64(resolved).
            double d = YamlFloat(value);
            return double.IsNaN(d) || d > TwoTo63 ? null : GoInt64(d);
        }

        private const double TwoTo63 = 9223372036854775808.0;

        /// <summary>The float go-yaml reads from a plain number (.inf, -.inf and .nan too); NaN when there is none.</summary>
        private static double YamlFloat(YScalar value)
        {
            string text = value.Value.Replace("_", string.Empty);
            return text.EndsWith("inf", StringComparison.OrdinalIgnoreCase) ? (text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity)
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : double.NaN;
        }

        /// <summary>Go's int64(d) on amd64: truncated toward zero; NaN and what lies beyond int64 become -9223372036854775808.</summary>
        private static long GoInt64(double d) => double.IsNaN(d) || d >= TwoTo63 || d < -TwoTo63 ? long.MinValue : (long)Math.Truncate(d);

        // ---- helpers ----------------------------------------------------------------------------------------------

        private void Problem(string path, string what, string k0sctlError, string fix, YamlPosition at)
            => _problems.Add(new K0sctlProblem(path, what, k0sctlError, fix, at));

        private string Line(YNode node) => "line " + ((int)node.Start.Line - _lineShift).ToString(CultureInfo.InvariantCulture);

        private YamlPosition Position(YNode node)
            => new YamlPosition(_file, (int)node.Start.Line, (int)node.Start.Column, (int)node.Start.Index + _offsetShift, (int)Math.Max(0, node.End.Index - node.Start.Index));

        private static string Suggest(string key, IEnumerable<string> known)
        {
            string? close = known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            return close != null ? " (k0sctl matches keys exactly: did you mean '" + close + "'?)" : string.Empty;
        }

        private static KeyValuePair<YNode, YNode>? Entry(YMapping? mapping, string key)
        {
            if (mapping == null)
            {
                return null;
            }

            // The last one go-yaml decodes: a merged value and a written one overwrite each other in the file's order.
            KeyValuePair<YNode, YNode>? found = null;
            foreach ((KeyValuePair<YNode, YNode> entry, _) in ClusterConfigYaml.InDecodeOrder(mapping))
            {
                if (entry.Key is YScalar k && k.Value == key)
                {
                    found = entry;
                }
            }

            return found;
        }

        private static string? Text(YMapping mapping, string key) => (Entry(mapping, key)?.Value as YScalar) is YScalar s && !s.IsNull ? s.Value : null;

        private static Dictionary<string, Field> Fields(params (string Key, T Type, string? Of)[] fields)
            => fields.ToDictionary(f => f.Key, f => new Field(f.Type, f.Of), StringComparer.Ordinal);

        /// <summary>
        /// The lines of the documents that k8s's YAML reader (which k0sctl uses) splits off and that hold nothing but comments:
        /// k0sctl fails on them ("missing apiVersion or kind"). A separator is a line starting with <c>---</c> followed by
        /// nothing or a comment.
        /// </summary>
        private static IEnumerable<int> CommentOnlyDocuments(string text)
        {
            string[] lines = text.Split('\n');
            int? firstComment = null;
            bool content = false;
            for (int i = 0; i <= lines.Length; i++)
            {
                string line = i < lines.Length ? lines[i].TrimEnd('\r') : "---";
                if (IsSeparator(line))
                {
                    if (firstComment is int at && !content)
                    {
                        yield return at;
                    }

                    firstComment = null;
                    content = false;
                    continue;
                }

                string trimmed = line.Trim();
                if (trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    firstComment ??= i + 1;
                }
                else if (trimmed.Length != 0)
                {
                    content = true;
                }
            }
        }

        private static bool IsSeparator(string line)
        {
            if (!line.StartsWith("---", StringComparison.Ordinal))
            {
                return false;
            }

            string rest = line.Substring(3).Trim();
            return rest.Length == 0 || rest[0] == '#';
        }

        /// <summary>The first line of the document (k8s's splitting) that holds <paramref name="line"/>: yaml.v2 counts lines from there.</summary>
        private static int DocumentStartLine(string text, int line)
        {
            string[] lines = text.Split('\n');
            int start = 1;
            for (int i = 0; i < lines.Length && i + 1 < line; i++)
            {
                if (IsSeparator(lines[i].TrimEnd('\r')))
                {
                    start = i + 2;
                }
            }

            return start;
        }
    }
}
