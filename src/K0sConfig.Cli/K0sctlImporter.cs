using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Cli
{
    /// <summary><c>k0sconfig import</c> of a k0sctl.yaml: k0sctl builder code, hosts and all, the ClusterConfig through the k0s importer.</summary>
    internal static partial class Importer
    {
        private const string Indent = "    ";

        private static Import GenerateK0sctl(YamlConfigDocument document, string className, string file, K0sVersion? forK0s)
        {
            var k0sctl = new K0sctlGenerator(file);
            string? config = null;
            var leftOut = new List<LeftOut>();
            var types = new HashSet<string>(StringComparer.Ordinal) { "K0sctlRole", "K0sctlVersionChannel", "K0sctlTaintEffect", "K0sctl", "K0sctlClusterBuilder" };
            if (document.Root != null)
            {
                var generator = new Generator(file);
                config = generator.Cluster(document.Root, forK0s);
                leftOut.AddRange(generator.LeftOut);
                types.UnionWith(generator.TypesUsed);
            }

            string chain = k0sctl.Cluster(document.K0sctl!, config);
            leftOut.InsertRange(0, k0sctl.LeftOut);
            var code = new StringBuilder();
            code.Append("// Imported from ").Append(OutsideText.CSharpComment(Path.GetFileName(file))).Append(" by k0sconfig import.\n");
            code.Append("using K0sConfig;\n\n");
            code.Append("public static class ").Append(className).Append('\n');
            code.Append("{\n");
            code.Append("    public static K0sctlClusterBuilder Create() => ").Append(chain).Append(";\n");
            code.Append("}\n");
            return new Import(code.ToString(), leftOut, types);
        }

        /// <summary>Walks the k0sctl Cluster document (keys matched exactly, as k0sctl does) and writes one builder call per key it can express.</summary>
        private sealed class K0sctlGenerator
        {
            private static readonly Dictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [K0sctlValues.Controller] = "K0sctlRole.Controller",
                [K0sctlValues.Worker] = "K0sctlRole.Worker",
                [K0sctlValues.ControllerWorker] = "K0sctlRole.ControllerWorker",
                [K0sctlValues.Single] = "K0sctlRole.Single",
            };

            private static readonly Dictionary<string, string> HostTexts = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [K0sctlKeys.PrivateAddress] = "PrivateAddress", [K0sctlKeys.PrivateInterface] = "PrivateInterface", [K0sctlKeys.DataDir] = "DataDir", [K0sctlKeys.KubeletRootDir] = "KubeletRootDir",
                [K0sctlKeys.K0sBinaryPath] = "K0sBinaryPath", [K0sctlKeys.K0sInstallPath] = "K0sInstallPath", [K0sctlKeys.K0sDownloadURL] = "K0sDownloadUrl", [K0sctlKeys.Os] = "Os", [K0sctlKeys.Hostname] = "Hostname",
            };

            private static readonly Dictionary<string, string> HostFlags = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [K0sctlKeys.UploadBinary] = "UploadBinary", [K0sctlKeys.UseExistingK0s] = "UseExistingK0s", [K0sctlKeys.NoTaints] = "NoTaints", [K0sctlKeys.Reset] = "Reset",
            };

            private static readonly Dictionary<string, string> SshTexts = new Dictionary<string, string>(StringComparer.Ordinal) { [K0sctlKeys.User] = "User", [K0sctlKeys.KeyPath] = "KeyPath" };

            private static readonly Dictionary<string, string> WinRMTexts = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [K0sctlKeys.User] = "User", [K0sctlKeys.Password] = "Password", [K0sctlKeys.CaCertPath] = "CaCertPath", [K0sctlKeys.CertPath] = "CertPath", [K0sctlKeys.KeyPath] = "KeyPath", [K0sctlKeys.TlsServerName] = "TlsServerName",
            };

            private static readonly Dictionary<string, string> WinRMFlags = new Dictionary<string, string>(StringComparer.Ordinal) { [K0sctlKeys.UseHTTPS] = "UseHttps", [K0sctlKeys.Insecure] = "Insecure", [K0sctlKeys.UseNTLM] = "UseNtlm" };

            private static readonly Dictionary<string, string> OpenSshTexts = new Dictionary<string, string>(StringComparer.Ordinal) { [K0sctlKeys.User] = "User", [K0sctlKeys.KeyPath] = "KeyPath", [K0sctlKeys.ConfigPath] = "ConfigPath" };

            private static readonly Dictionary<string, string> FileTexts = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [K0sctlKeys.Name] = "Name", [K0sctlKeys.Src] = "Source", [K0sctlKeys.Data] = "Data", [K0sctlKeys.Dst] = "Destination", [K0sctlKeys.DstDir] = "DestinationDir",
                [K0sctlKeys.Perm] = "Permissions", [K0sctlKeys.DirPerm] = "DirectoryPermissions", [K0sctlKeys.User] = "User", [K0sctlKeys.Group] = "Group",
            };

            private readonly string _file;

            public K0sctlGenerator(string file) => _file = file;

            public List<LeftOut> LeftOut { get; } = new List<LeftOut>();

            public string Cluster(YMapping cluster, string? config)
            {
                string name = "\"k0s-cluster\"";
                var calls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(cluster))
                {
                    switch (key)
                    {
                        case K0sctlKeys.ApiVersion:
                        case K0sctlKeys.Kind:
                            break;
                        case K0sctlKeys.Metadata:
                            foreach ((string metaKey, YNode metaKeyNode, YNode metaValue) in Fields(value as YMapping))
                            {
                                if (metaKey == K0sctlKeys.Name && Text(metaValue, "metadata.name") is string text)
                                {
                                    name = Generator.Literal(text);
                                }
                                else if (metaKey == K0sctlKeys.User)
                                {
                                    AddText(calls, "User", metaValue, "metadata.user");
                                }
                                else if (metaKey != K0sctlKeys.Name)
                                {
                                    Leave("metadata." + metaKey, "it is not a k0sctl metadata field", metaKeyNode);
                                }
                            }

                            break;
                        case K0sctlKeys.Spec:
                            Spec(calls, value as YMapping, config);
                            break;
                        default:
                            Leave(key, "it is not a k0sctl Cluster field", keyNode);
                            break;
                    }
                }

                var chain = new StringBuilder("K0sctl.Cluster(").Append(name).Append(')');
                foreach (string call in calls)
                {
                    chain.Append('\n').Append(Indent).Append(Indent).Append(call.Replace("\n", "\n" + Indent + Indent, StringComparison.Ordinal));
                }

                return chain.ToString();
            }

            private void Spec(List<string> calls, YMapping? spec, string? config)
            {
                foreach ((string key, YNode keyNode, YNode value) in Fields(spec))
                {
                    switch (key)
                    {
                        case K0sctlKeys.Hosts:
                            if (value is YSequence hosts)
                            {
                                for (int i = 0; i < hosts.Items.Count; i++)
                                {
                                    Host(calls, hosts.Items[i], "spec.hosts[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                                }
                            }
                            else
                            {
                                Leave("spec.hosts", "it is " + value.Describe() + ", not a list of hosts", value);
                            }

                            break;
                        case K0sctlKeys.K0s:
                            foreach ((string k0sKey, YNode k0sKeyNode, YNode k0sValue) in Fields(value as YMapping))
                            {
                                switch (k0sKey)
                                {
                                    case K0sctlKeys.Version:
                                        AddText(calls, "K0sVersion", k0sValue, "spec.k0s.version");
                                        break;
                                    case K0sctlKeys.VersionChannel:
                                        if (Text(k0sValue, "spec.k0s.versionChannel") is string channel)
                                        {
                                            if (channel == K0sctlValues.Stable || channel == K0sctlValues.Latest)
                                            {
                                                calls.Add(".VersionChannel(K0sctlVersionChannel." + (channel == K0sctlValues.Stable ? "Stable" : "Latest") + ")");
                                            }
                                            else
                                            {
                                                Leave("spec.k0s.versionChannel", "'" + channel + "' is neither stable nor latest", k0sValue);
                                            }
                                        }

                                        break;
                                    case K0sctlKeys.DynamicConfig:
                                        AddFlag(calls, "DynamicConfig", k0sValue, "spec.k0s.dynamicConfig");
                                        break;
                                    case K0sctlKeys.Config:
                                        break;
                                    default:
                                        Leave("spec.k0s." + k0sKey, "it is not a k0sctl spec.k0s field", k0sKeyNode);
                                        break;
                                }
                            }

                            break;
                        case K0sctlKeys.Options:
                            Options(calls, value, "spec.options");
                            break;
                        default:
                            Leave("spec." + key, "it is not a k0sctl spec field", keyNode);
                            break;
                    }
                }

                if (config != null)
                {
                    // spec.k0s.config, with any ClusterConfig document merged in, as k0sctl merges it.
                    calls.Add(".Config(" + config.Replace("\n" + Indent + Indent, "\n" + Indent, StringComparison.Ordinal) + ")");
                }
            }

            private void Host(List<string> calls, YNode node, string path)
            {
                if (!(node is YMapping host))
                {
                    Leave(path, "it is " + node.Describe() + ", not a host", node);
                    return;
                }

                string? role = null;
                var hostCalls = new List<string>();
                foreach ((string key, YNode keyNode, YNode value) in Fields(host))
                {
                    string at = path + "." + key;
                    if (key == K0sctlKeys.Role)
                    {
                        if (Text(value, at) is string text)
                        {
                            if (Roles.TryGetValue(text, out string? member))
                            {
                                role = member;
                            }
                            else
                            {
                                Leave(at, "'" + text + "' is not a k0sctl role (controller, worker, controller+worker, single)", value);
                            }
                        }
                    }
                    else if (HostTexts.TryGetValue(key, out string? method))
                    {
                        AddText(hostCalls, method, value, at);
                    }
                    else if (HostFlags.TryGetValue(key, out method))
                    {
                        AddFlag(hostCalls, method, value, at);
                    }
                    else
                    {
                        switch (key)
                        {
                            case K0sctlKeys.Ssh:
                                Connection(hostCalls, "Ssh", value, at, SshTexts, null, allowOptions: false);
                                break;
                            case K0sctlKeys.WinRM:
                                Connection(hostCalls, "WinRM", value, at, WinRMTexts, WinRMFlags, allowOptions: false);
                                break;
                            case K0sctlKeys.OpenSSH:
                                Connection(hostCalls, "OpenSsh", value, at, OpenSshTexts, new Dictionary<string, string>(StringComparer.Ordinal) { [K0sctlKeys.DisableMultiplexing] = "DisableMultiplexing" }, allowOptions: true);
                                break;
                            case K0sctlKeys.Localhost:
                                bool on = value is YScalar s ? YamlScalars.TryBoolean(s, out bool b) && b : value is YMapping m && Fields(m).Exists(f => f.Key == K0sctlKeys.Enabled && f.Value is YScalar e && YamlScalars.TryBoolean(e, out bool eb) && eb);
                                if (on)
                                {
                                    hostCalls.Add(".Localhost()");
                                }

                                break;
                            case K0sctlKeys.Environment:
                                foreach ((string name, _, YNode env) in Fields(value as YMapping))
                                {
                                    if (Text(env, at + "." + name) is string text)
                                    {
                                        hostCalls.Add(".Environment(" + Generator.Literal(name) + ", " + Generator.Literal(text) + ")");
                                    }
                                }

                                break;
                            case K0sctlKeys.InstallFlags:
                                var flags = new List<string>();
                                if (value is YSequence list)
                                {
                                    for (int i = 0; i < list.Items.Count; i++)
                                    {
                                        if (Text(list.Items[i], at + "[" + i.ToString(CultureInfo.InvariantCulture) + "]") is string flag)
                                        {
                                            flags.Add(Generator.Literal(flag));
                                        }
                                    }
                                }
                                else
                                {
                                    Leave(at, "it is " + value.Describe() + ", not a list of flags", value);
                                }

                                if (flags.Count != 0)
                                {
                                    hostCalls.Add(".InstallFlags(" + string.Join(", ", flags) + ")");
                                }

                                break;
                            case K0sctlKeys.Files:
                                if (value is YSequence files)
                                {
                                    for (int i = 0; i < files.Items.Count; i++)
                                    {
                                        string filePath = at + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                                        var fileCalls = new List<string>();
                                        foreach ((string fileKey, YNode fileKeyNode, YNode fileValue) in Fields(files.Items[i] as YMapping))
                                        {
                                            if (FileTexts.TryGetValue(fileKey, out string? fileMethod))
                                            {
                                                AddText(fileCalls, fileMethod, fileValue, filePath + "." + fileKey);
                                            }
                                            else
                                            {
                                                Leave(filePath + "." + fileKey, "it is not a k0sctl file field", fileKeyNode);
                                            }
                                        }

                                        hostCalls.Add(fileCalls.Count == 0 ? ".File(f => { })" : ".File(f => f" + string.Concat(fileCalls) + ")");
                                    }
                                }
                                else
                                {
                                    Leave(at, "it is " + value.Describe() + ", not a list of files", value);
                                }

                                break;
                            case K0sctlKeys.Hooks:
                                foreach ((string action, _, YNode phases) in Fields(value as YMapping))
                                {
                                    foreach ((string phase, _, YNode commands) in Fields(phases as YMapping))
                                    {
                                        var texts = new List<string>();
                                        if (commands is YSequence commandList)
                                        {
                                            foreach (YNode command in commandList.Items)
                                            {
                                                if (Text(command, at + "." + action + "." + phase + "[]") is string text)
                                                {
                                                    texts.Add(Generator.Literal(text));
                                                }
                                            }
                                        }
                                        else
                                        {
                                            Leave(at + "." + action + "." + phase, "it is " + commands.Describe() + ", not a list of commands", commands);
                                        }

                                        hostCalls.Add(".Hook(" + Generator.Literal(action) + ", " + Generator.Literal(phase) + (texts.Count == 0 ? string.Empty : ", " + string.Join(", ", texts)) + ")");
                                    }
                                }

                                break;
                            default:
                                Leave(at, "it is not a k0sctl host field", keyNode);
                                break;
                        }
                    }
                }

                if (role == null)
                {
                    if (!Fields(host).Exists(f => f.Key == K0sctlKeys.Role))
                    {
                        Leave(path + ".role", "the host has no role (k0sctl needs one), so the host is left out", host);
                    }
                    else
                    {
                        Leave(path, "its role is not one the builder takes, so the host is left out", host);
                    }

                    return;
                }

                if (hostCalls.Count == 0)
                {
                    calls.Add(".Host(" + role + ", h => { })");
                    return;
                }

                var text2 = new StringBuilder(".Host(").Append(role).Append(", h => h");
                foreach (string call in hostCalls)
                {
                    text2.Append('\n').Append(Indent).Append(call.Replace("\n", "\n" + Indent, StringComparison.Ordinal));
                }

                calls.Add(text2.Append(')').ToString());
            }

            private void Connection(List<string> calls, string method, YNode value, string path, Dictionary<string, string> texts, Dictionary<string, string>? flags, bool allowOptions)
            {
                string? address = null;
                var inner = new List<string>();
                foreach ((string key, YNode keyNode, YNode v) in Fields(value as YMapping))
                {
                    string at = path + "." + key;
                    if (key == K0sctlKeys.Address)
                    {
                        address = Text(v, at);
                    }
                    else if (key == K0sctlKeys.Port)
                    {
                        if (v is YScalar s && YamlScalars.TryInteger(s, out long port) && port >= int.MinValue && port <= int.MaxValue)
                        {
                            inner.Add(".Port(" + port.ToString(CultureInfo.InvariantCulture) + ")");
                        }
                        else
                        {
                            Leave(at, "it is " + v.Describe() + ", not a whole number", v);
                        }
                    }
                    else if (texts.TryGetValue(key, out string? textMethod))
                    {
                        AddText(inner, textMethod, v, at);
                    }
                    else if (flags != null && flags.TryGetValue(key, out string? flagMethod))
                    {
                        AddFlag(inner, flagMethod, v, at);
                    }
                    else if (key == K0sctlKeys.Bastion && method != "OpenSsh")
                    {
                        var bastion = new List<string>();
                        string? bastionAddress = null;
                        foreach ((string bKey, YNode bKeyNode, YNode bValue) in Fields(v as YMapping))
                        {
                            if (bKey == K0sctlKeys.Address)
                            {
                                bastionAddress = Text(bValue, at + ".address");
                            }
                            else if (bKey == K0sctlKeys.Port && bValue is YScalar bs && YamlScalars.TryInteger(bs, out long bPort) && bPort >= int.MinValue && bPort <= int.MaxValue)
                            {
                                bastion.Add(".Port(" + bPort.ToString(CultureInfo.InvariantCulture) + ")");
                            }
                            else if (SshTexts.TryGetValue(bKey, out string? bMethod))
                            {
                                AddText(bastion, bMethod, bValue, at + "." + bKey);
                            }
                            else
                            {
                                Leave(at + "." + bKey, "the builder does not write it for a bastion", bKeyNode);
                            }
                        }

                        if (bastionAddress != null)
                        {
                            inner.Add(".Bastion(" + Generator.Literal(bastionAddress) + (bastion.Count == 0 ? string.Empty : ", b => b" + string.Concat(bastion)) + ")");
                        }
                    }
                    else if (key == K0sctlKeys.Options && allowOptions)
                    {
                        foreach ((string option, _, YNode optionValue) in Fields(v as YMapping))
                        {
                            if (Text(optionValue, at + "." + option) is string text)
                            {
                                inner.Add(".Option(" + Generator.Literal(option) + ", " + Generator.Literal(text) + ")");
                            }
                        }
                    }
                    else
                    {
                        Leave(at, key == K0sctlKeys.Options ? "the builder does not write ssh options yet" : "the builder does not write it", keyNode);
                    }
                }

                if (address == null)
                {
                    Leave(path + ".address", "the connection has no address, so it is left out", value);
                    return;
                }

                char parameter = method == "WinRM" ? 'w' : method == "OpenSsh" ? 'o' : 's';
                calls.Add("." + method + "(" + Generator.Literal(address) + (inner.Count == 0 ? string.Empty : ", " + parameter + " => " + parameter + string.Concat(inner)) + ")");
            }

            /// <summary>
            /// The keys of <c>spec.options</c>' sections and how each is written: b (a boolean, <c>.M()</c> or <c>.M(false)</c>),
            /// d (a duration), i (a whole number), t (text), e (the taint effect).
            /// </summary>
            private static readonly (string Section, string Method, string Parameter, (string Key, string Method, char Kind)[] Keys)[] OptionSections =
            {
                (K0sctlKeys.Wait, "Wait", "w", new[] { (K0sctlKeys.Enabled, "Enabled", 'b') }),
                (K0sctlKeys.Drain, "Drain", "d", new[] { (K0sctlKeys.Enabled, "Enabled", 'b'), (K0sctlKeys.GracePeriod, "GracePeriod", 'd'), (K0sctlKeys.Timeout, "Timeout", 'd'), (K0sctlKeys.Force, "Force", 'b'), (K0sctlKeys.IgnoreDaemonSets, "IgnoreDaemonSets", 'b'), (K0sctlKeys.DeleteEmptyDirData, "DeleteEmptyDirData", 'b'), (K0sctlKeys.PodSelector, "PodSelector", 't'), (K0sctlKeys.SkipWaitForDeleteTimeout, "SkipWaitForDeleteTimeout", 'd') }),
                (K0sctlKeys.Concurrency, "Concurrency", "c", new[] { (K0sctlKeys.Limit, "Limit", 'i'), (K0sctlKeys.WorkerDisruptionPercent, "WorkerDisruptionPercent", 'i'), (K0sctlKeys.Uploads, "Uploads", 'i') }),
                (K0sctlKeys.EvictTaint, "EvictTaint", "e", new[] { (K0sctlKeys.Enabled, "Enabled", 'b'), (K0sctlKeys.Taint, "Taint", 't'), (K0sctlKeys.Effect, "Effect", 'e'), (K0sctlKeys.ControllerWorkers, "ControllerWorkers", 'b') }),
            };

            /// <summary><c>spec.options</c>: <c>.Options(o => o.Wait(...).Drain(d => ...)...)</c>, one call per key k0sctl reads.</summary>
            private void Options(List<string> calls, YNode value, string path)
            {
                var inner = new List<string>();
                foreach ((string key, YNode keyNode, YNode sectionValue) in Fields(value as YMapping))
                {
                    string at = path + "." + key;
                    int index = Array.FindIndex(OptionSections, o => o.Section == key);
                    if (index < 0)
                    {
                        Leave(at, "it is not a k0sctl spec.options field", keyNode);
                        continue;
                    }

                    (string _, string method, string parameter, (string Key, string Method, char Kind)[] keys) = OptionSections[index];
                    var sectionCalls = new List<string>();
                    foreach ((string optionKey, YNode optionKeyNode, YNode optionValue) in Fields(sectionValue as YMapping))
                    {
                        string optionPath = at + "." + optionKey;
                        int option = Array.FindIndex(keys, k => k.Key == optionKey);
                        if (option < 0)
                        {
                            Leave(optionPath, "it is not a k0sctl " + at + " field", optionKeyNode);
                        }
                        else
                        {
                            Option(sectionCalls, keys[option].Method, keys[option].Kind, optionValue, optionPath);
                        }
                    }

                    if (key == K0sctlKeys.Wait)
                    {
                        // Wait(bool) writes wait.enabled itself.
                        inner.AddRange(sectionCalls.ConvertAll(c => c.Replace(".Enabled(", ".Wait(", StringComparison.Ordinal)));
                    }
                    else if (sectionCalls.Count != 0)
                    {
                        inner.Add("." + method + "(" + parameter + " => " + parameter + string.Concat(sectionCalls) + ")");
                    }
                }

                if (inner.Count != 0)
                {
                    calls.Add(".Options(o => o" + string.Concat(inner) + ")");
                }
            }

            private void Option(List<string> calls, string method, char kind, YNode value, string path)
            {
                switch (kind)
                {
                    case 'b':
                        if (value is YScalar flag && YamlScalars.TryBoolean(flag, out bool on))
                        {
                            calls.Add("." + method + (on ? "()" : "(false)"));
                        }
                        else
                        {
                            Leave(path, "it is " + value.Describe() + ", not true or false", value);
                        }

                        break;
                    case 'i':
                        if (value is YScalar number && YamlScalars.TryInteger(number, out long n) && n >= int.MinValue && n <= int.MaxValue)
                        {
                            calls.Add("." + method + "(" + n.ToString(CultureInfo.InvariantCulture) + ")");
                        }
                        else
                        {
                            Leave(path, "it is " + value.Describe() + ", not a whole number", value);
                        }

                        break;
                    case 'd':
                        if (!(value is YScalar text && YamlScalars.IsText(text)))
                        {
                            Leave(path, (value is YScalar ? "it is a number (nanoseconds to k0sctl)" : "it is " + value.Describe()) + ", not a duration such as 2m0s", value);
                        }
                        else if (Generator.DurationCall(method, text.Value, out string? problem) is string call)
                        {
                            calls.Add(call);
                        }
                        else
                        {
                            Leave(path, problem!, value);
                        }

                        break;
                    case 'e':
                        if (Text(value, path) is string effect)
                        {
                            if (effect == K0sctlValues.NoExecute || effect == K0sctlValues.NoSchedule || effect == K0sctlValues.PreferNoSchedule)
                            {
                                calls.Add("." + method + "(K0sctlTaintEffect." + effect + ")");
                            }
                            else
                            {
                                Leave(path, "'" + effect + "' is not NoExecute, NoSchedule or PreferNoSchedule", value);
                            }
                        }

                        break;
                    default:
                        AddText(calls, method, value, path);
                        break;
                }
            }

            private List<(string Key, YNode KeyNode, YNode Value)> Fields(YMapping? mapping)
            {
                var fields = new List<(string, YNode, YNode)>();
                if (mapping == null)
                {
                    return fields;
                }

                // What k0sctl holds: go-yaml decodes merged and written keys in the file's order, a later one (a null
                // too) replacing an earlier one for the same field, as a host written over a <<: *template does.
                var at = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach ((KeyValuePair<YNode, YNode> entry, bool merged) in ClusterConfigYaml.InDecodeOrder(mapping))
                {
                    if (!(entry.Key is YScalar key))
                    {
                        if (!merged)
                        {
                            Leave("?", "its key is not a name", entry.Key);
                        }

                        continue;
                    }

                    if (at.TryGetValue(key.Value, out int index))
                    {
                        fields[index] = (key.Value, key, entry.Value);
                    }
                    else
                    {
                        at[key.Value] = fields.Count;
                        fields.Add((key.Value, key, entry.Value));
                    }
                }

                fields.RemoveAll(f => f.Item3 is YScalar s && s.IsNull);
                return fields;
            }

            private string? Text(YNode value, string path)
            {
                if (value is YScalar s && !s.IsNull)
                {
                    return s.Value;
                }

                Leave(path, "it is " + value.Describe() + ", not a single value", value);
                return null;
            }

            private void AddText(List<string> calls, string method, YNode value, string path)
            {
                if (Text(value, path) is string text)
                {
                    calls.Add("." + method + "(" + Generator.Literal(text) + ")");
                }
            }

            private void AddFlag(List<string> calls, string method, YNode value, string path)
            {
                if (value is YScalar s && YamlScalars.TryBoolean(s, out bool flag))
                {
                    if (flag)
                    {
                        calls.Add("." + method + "()");
                    }
                }
                else
                {
                    Leave(path, "it is " + value.Describe() + ", not true or false", value);
                }
            }

            private void Leave(string path, string reason, YNode at)
                => LeftOut.Add(new LeftOut(path, reason, new YamlPosition(_file, at.Line, at.Column, at.Offset, 0)));
        }
    }
}
