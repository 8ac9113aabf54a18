using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>K0S948: a host field k0sctl rejects: privateAddress, installFlags quotes, useExistingK0s conflicts, files.</summary>
    internal sealed class K0S948K0sctlHostField : Rule
    {
        public K0S948K0sctlHostField()
            : base(new RuleDescriptor(
                RuleIds.K0sctlHostField,
                "k0sctl host field is not valid",
                "{0}; k0sctl rejects the configuration (\"{1}\"). {2}",
                FindingSeverity.Error,
                RuleCategories.K0sctl,
                "k0sctl checks each host's privateAddress (an IP address), installFlags (balanced quotes), that useExistingK0s is not combined with uploadBinary, k0sBinaryPath or k0sDownloadURL, and that every file to upload with inline data has a destination and a name. It checks them only when there are two or more hosts; a file entry with neither src nor data it refuses whatever the number of hosts."))
        {
        }

        public override void Evaluate(RuleContext context)
        {
            if (context.Facts.K0sctl is not K0sctlFacts k0sctl)
            {
                return;
            }

            bool eachHost = K0sctlChecks.ChecksEachHost(k0sctl);
            IReadOnlyList<K0sctlHostFacts> hosts = K0sctlChecks.KnownHosts(k0sctl);
            for (int i = 0; i < hosts.Count; i++)
            {
                K0sctlHostFacts host = hosts[i];
                string path = K0sctlChecks.HostPath(i);
                string number = K0sctlChecks.HostNumber(i);
                if (host.Files is { IsKnown: true, Value: { } files })
                {
                    for (int f = 0; f < files.Count; f++)
                    {
                        CheckFile(context, files[f], path + ".files[" + f.ToInvariant() + "]", number, f, eachHost);
                    }
                }

                if (!eachHost)
                {
                    continue;
                }

                if (host.PrivateAddress is { IsKnown: true } address && address.Value.Length != 0 && !K0sctlChecks.IsIP(address.Value))
                {
                    context.Report(this, path + ".privateAddress", address.Origin, path + ".privateAddress '" + address.Value + "' is not an IP address", number + ": privateAddress: must be a valid IP address.", "Write the host's private IP address (not a name or a CIDR), or leave it out.");
                }

                if (host.InstallFlags is { IsKnown: true, Value: { } flags })
                {
                    for (int f = 0; f < flags.Count; f++)
                    {
                        if (flags[f].IsKnown && !BalancedQuotes(flags[f].Value))
                        {
                            context.Report(this, path + ".installFlags[" + f.ToInvariant() + "]", flags[f].Origin, path + ".installFlags[" + f.ToInvariant() + "] '" + flags[f].Value + "' has an unbalanced quote", number + ": installFlags: (" + f.ToInvariant() + ": unbalanced quotes in " + flags[f].Value + ".)", "Close the quote, or escape it with a backslash.");
                        }
                    }
                }

                if (host.UseExistingK0s is { IsKnown: true, Value: true } existing)
                {
                    if (host.UploadBinary is { IsKnown: true, Value: true } upload)
                    {
                        context.Report(this, path + ".uploadBinary", upload.Origin, path + ".uploadBinary is true with useExistingK0s", number + ": uploadBinary: uploadBinary cannot be true when useExistingK0s is true.", "Remove one: useExistingK0s uses the k0s already on the host, uploadBinary brings one.");
                    }

                    if (host.K0sBinaryPath is { IsKnown: true } binary && binary.Value.Length != 0)
                    {
                        context.Report(this, path + ".k0sBinaryPath", binary.Origin, path + ".k0sBinaryPath is set with useExistingK0s", number + ": k0sBinaryPath: k0sBinaryPath cannot be set when useExistingK0s is true.", "Remove one: useExistingK0s uses the k0s already on the host, k0sBinaryPath uploads another.");
                    }

                    if (host.K0sDownloadUrl is { IsKnown: true } url && url.Value.Length != 0)
                    {
                        context.Report(this, path + ".k0sDownloadURL", url.Origin, path + ".k0sDownloadURL is set with useExistingK0s", number + ": k0sDownloadURL: k0sDownloadURL cannot be set when useExistingK0s is true.", "Remove one: useExistingK0s uses the k0s already on the host, k0sDownloadURL downloads another.");
                    }

                    _ = existing;
                }

            }
        }

        private void CheckFile(RuleContext context, K0sctlFileFacts file, string path, string number, int index, bool eachHost)
        {
            if (file.Data.IsUnknown || file.Source.IsUnknown || file.Destination.IsUnknown || file.DestinationDir.IsUnknown || file.Name.IsUnknown)
            {
                return;
            }

            string source = file.Source.IsKnown ? file.Source.Value : string.Empty;
            bool data = file.Data.IsKnown && file.Data.Value.Trim().Length != 0;
            bool url = source.IndexOf("://", System.StringComparison.Ordinal) >= 0;
            bool dst = file.Destination.IsKnown && file.Destination.Value.Length != 0;
            bool dir = file.DestinationDir.IsKnown && file.DestinationDir.Value.Length != 0;
            bool name = file.Name.IsKnown && file.Name.Value.Length != 0;
            if (source.Length == 0 && !data)
            {
                // Resolve, before validation and for any number of hosts.
                string shown = name ? file.Name.Value : source;
                context.Report(this, path, file.Origin, path + " has neither src nor data", "failed to resolve upload file paths: failed to resolve local path for " + shown + ": empty source", "Write src (a local file, glob or URL) or data (the file's content).");
                return;
            }

            if (!eachHost || url)
            {
                return;
            }

            string at = number + ": files: (" + index.ToInvariant() + ": (";
            if (!dst && !dir)
            {
                context.Report(this, path, file.Origin, path + " has neither dst nor dstDir", at + "dst: dst or dstdir required; dstDir: dst or dstdir required" + (data && !name ? "; name: name or dst required for data" : string.Empty) + ".).).", "Write dst (the file's path on the host), or dstDir" + (data ? " and name." : "."));
            }
            else if (data && !dst && !name)
            {
                context.Report(this, path, file.Origin, path + " has data and dstDir but no name", at + "name: name or dst required for data.).).", "Write name (the file's name in dstDir), or dst.");
            }
        }

        /// <summary>k0sctl's validateBalancedQuotes: an even number of each of ' and " not preceded by a backslash.</summary>
        internal static bool BalancedQuotes(string s)
        {
            int single = 0;
            int dbl = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (i > 0 && s[i - 1] == '\\')
                {
                    continue;
                }

                if (s[i] == '\'')
                {
                    single++;
                }
                else if (s[i] == '"')
                {
                    dbl++;
                }
            }

            return single % 2 == 0 && dbl % 2 == 0;
        }
    }
}
