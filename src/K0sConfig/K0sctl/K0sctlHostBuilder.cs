using System;
using System.Globalization;
using K0sConfig.Rules;
using YamlDotNet.RepresentationModel;

namespace K0sConfig
{
    /// <summary>The k0sctl builders' store: a YAML mapping in writing order, a key set twice keeping its place and the last value.</summary>
    public abstract class K0sctlNodeBuilder
    {
        private protected K0sctlNodeBuilder()
        {
        }

        internal YamlMappingNode Node { get; } = new YamlMappingNode();

        private protected void Set(string key, YamlNode value)
        {
            var k = YamlWriter.Key(key);
            if (Node.Children.ContainsKey(k))
            {
                Node.Children[k] = value;
            }
            else
            {
                Node.Add(k, value);
            }
        }

        private protected void SetText(string key, string? value, string parameter, string path)
            => Set(key, YamlWriter.Text(Guard.NotNull(value, parameter, path)));

        private protected void SetFlag(string key, bool value)
        {
            if (value)
            {
                Set(key, YamlWriter.Plain("true"));
            }
            else
            {
                Node.Children.Remove(YamlWriter.Key(key));
            }
        }

        private protected void SetPort(int port) => Set(K0sctlKeys.Port, YamlWriter.Plain(port.ToString(CultureInfo.InvariantCulture)));

        private protected YamlMappingNode Child(string key)
        {
            var k = YamlWriter.Key(key);
            if (Node.Children.TryGetValue(k, out YamlNode? existing) && existing is YamlMappingNode mapping)
            {
                return mapping;
            }

            var created = new YamlMappingNode();
            Set(key, created);
            return created;
        }
    }

    /// <summary>One host of <c>spec.hosts</c>: how k0sctl connects to it and how k0s is installed there.</summary>
    public sealed class K0sctlHostBuilder : K0sctlNodeBuilder
    {
        internal K0sctlHostBuilder(K0sctlRole role)
        {
            Set(K0sctlKeys.Role, YamlWriter.Text(K0sctlSpellings.Of(role)));
        }

        /// <summary><c>ssh</c>: k0sctl connects with its own SSH client (port 22, user root unless set). One connection per host (K0S945).</summary>
        /// <param name="address">The host's address (IP or name).</param>
        /// <param name="configure">User, port, key, bastion.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder Ssh(string address, Action<K0sctlSshBuilder>? configure = null)
        {
            var ssh = new K0sctlSshBuilder(Guard.NotNull(address, nameof(address), "ssh.address"));
            configure?.Invoke(ssh);
            Set(K0sctlKeys.Ssh, ssh.Node);
            return this;
        }

        /// <summary><c>winRM</c>: Windows Remote Management (port 5985, user Administrator unless set); needs a password or a certificate and key (K0S945).</summary>
        /// <param name="address">The host's address.</param>
        /// <param name="configure">Credentials, port, HTTPS, bastion.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder WinRM(string address, Action<K0sctlWinRMBuilder>? configure = null)
        {
            var winRM = new K0sctlWinRMBuilder(Guard.NotNull(address, nameof(address), "winRM.address"));
            configure?.Invoke(winRM);
            Set(K0sctlKeys.WinRM, winRM.Node);
            return this;
        }

        /// <summary><c>openSSH</c>: the system's <c>ssh</c> command, with its ssh_config.</summary>
        /// <param name="address">The host's address or ssh_config host name.</param>
        /// <param name="configure">User, port, key, config file, options.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder OpenSsh(string address, Action<K0sctlOpenSshBuilder>? configure = null)
        {
            var openSsh = new K0sctlOpenSshBuilder(Guard.NotNull(address, nameof(address), "openSSH.address"));
            configure?.Invoke(openSsh);
            Set(K0sctlKeys.OpenSSH, openSsh.Node);
            return this;
        }

        /// <summary><c>localhost: {enabled: true}</c>: the machine k0sctl runs on.</summary>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder Localhost()
        {
            Set(K0sctlKeys.Localhost, new YamlMappingNode { { YamlWriter.Key(K0sctlKeys.Enabled), YamlWriter.Plain("true") } });
            return this;
        }

        /// <summary><c>privateAddress</c>: the address the cluster uses inside (an IP address, K0S948).</summary>
        /// <param name="address">The IP address.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder PrivateAddress(string address)
        {
            SetText(K0sctlKeys.PrivateAddress, address, nameof(address), K0sctlKeys.PrivateAddress);
            return this;
        }

        /// <summary><c>privateInterface</c>: the network interface whose address is the private one.</summary>
        /// <param name="name">The interface, such as <c>eth1</c>.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder PrivateInterface(string name)
        {
            SetText(K0sctlKeys.PrivateInterface, name, nameof(name), K0sctlKeys.PrivateInterface);
            return this;
        }

        /// <summary><c>dataDir</c>: k0s's data directory on the host (default <c>/var/lib/k0s</c>).</summary>
        /// <param name="path">The directory.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder DataDir(string path)
        {
            SetText(K0sctlKeys.DataDir, path, nameof(path), K0sctlKeys.DataDir);
            return this;
        }

        /// <summary><c>kubeletRootDir</c>: the kubelet's root directory on the host.</summary>
        /// <param name="path">The directory.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder KubeletRootDir(string path)
        {
            SetText(K0sctlKeys.KubeletRootDir, path, nameof(path), K0sctlKeys.KubeletRootDir);
            return this;
        }

        /// <summary>An entry of <c>environment</c>: a variable set for k0s's service on the host.</summary>
        /// <param name="name">The variable.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder Environment(string name, string value)
        {
            YamlMappingNode environment = Child(K0sctlKeys.Environment);
            var key = YamlWriter.Text(Guard.NotNull(name, nameof(name), K0sctlKeys.Environment));
            environment.Children[key] = YamlWriter.Text(Guard.NotNull(value, nameof(value), "environment." + name));
            return this;
        }

        /// <summary>
        /// <c>installFlags</c>: flags for <c>k0s install</c>, such as <c>--debug</c> or <c>--labels="a=b"</c> (quotes balanced,
        /// K0S948). <c>--enable-worker</c>, <c>--single</c> and <c>--no-taints</c> change the role and noTaints as k0sctl reads them.
        /// </summary>
        /// <param name="flags">The flags, added to those given before.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder InstallFlags(params string[] flags)
        {
            if (flags == null)
            {
                throw new ArgumentNullException(nameof(flags), "installFlags: pass flags such as \"--debug\".");
            }

            YamlSequenceNode list = Node.Children.TryGetValue(YamlWriter.Key(K0sctlKeys.InstallFlags), out YamlNode? existing) && existing is YamlSequenceNode s ? s : new YamlSequenceNode();
            foreach (string flag in flags)
            {
                list.Add(YamlWriter.Text(Guard.NotNull(flag, nameof(flags), "installFlags[]")));
            }

            Set(K0sctlKeys.InstallFlags, list);
            return this;
        }

        /// <summary><c>uploadBinary</c>: k0sctl downloads k0s once and uploads it, instead of each host downloading it.</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder UploadBinary(bool enabled = true)
        {
            SetFlag(K0sctlKeys.UploadBinary, enabled);
            return this;
        }

        /// <summary><c>useExistingK0s</c>: use the k0s already on the host (not with uploadBinary, k0sBinaryPath or k0sDownloadURL, K0S948).</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder UseExistingK0s(bool enabled = true)
        {
            SetFlag(K0sctlKeys.UseExistingK0s, enabled);
            return this;
        }

        /// <summary><c>k0sBinaryPath</c>: a k0s binary on the machine k0sctl runs on, to upload.</summary>
        /// <param name="path">The local path.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder K0sBinaryPath(string path)
        {
            SetText(K0sctlKeys.K0sBinaryPath, path, nameof(path), K0sctlKeys.K0sBinaryPath);
            return this;
        }

        /// <summary><c>k0sInstallPath</c>: where k0s is installed on the host.</summary>
        /// <param name="path">The path on the host.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder K0sInstallPath(string path)
        {
            SetText(K0sctlKeys.K0sInstallPath, path, nameof(path), K0sctlKeys.K0sInstallPath);
            return this;
        }

        /// <summary><c>k0sDownloadURL</c>: where the host downloads k0s from (a URL template).</summary>
        /// <param name="url">The URL.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder K0sDownloadUrl(string url)
        {
            SetText(K0sctlKeys.K0sDownloadURL, url, nameof(url), K0sctlKeys.K0sDownloadURL);
            return this;
        }

        /// <summary><c>os</c>: the host's OS id, instead of detecting it.</summary>
        /// <param name="id">The id, such as <c>ubuntu</c>.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder Os(string id)
        {
            SetText(K0sctlKeys.Os, id, nameof(id), K0sctlKeys.Os);
            return this;
        }

        /// <summary><c>hostname</c>: the node name, instead of the host's own.</summary>
        /// <param name="name">The name.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder Hostname(string name)
        {
            SetText(K0sctlKeys.Hostname, name, nameof(name), K0sctlKeys.Hostname);
            return this;
        }

        /// <summary><c>noTaints</c>: no control-plane taint on a controller+worker (only that role, K0S946).</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder NoTaints(bool enabled = true)
        {
            SetFlag(K0sctlKeys.NoTaints, enabled);
            return this;
        }

        /// <summary><c>reset</c>: k0sctl removes k0s from this host on the next apply.</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder Reset(bool enabled = true)
        {
            SetFlag(K0sctlKeys.Reset, enabled);
            return this;
        }

        /// <summary>An entry of <c>files</c>: a file k0sctl uploads to the host (src or data, and dst or dstDir, K0S948).</summary>
        /// <param name="configure">Its source and destination.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder File(Action<K0sctlFileBuilder> configure)
        {
            var file = new K0sctlFileBuilder();
            Guard.NotNull(configure, nameof(configure), "files[]", "f => f.Source(\"manifests/\").DestinationDir(\"/var/lib/k0s/manifests\")")(file);
            YamlSequenceNode list = Node.Children.TryGetValue(YamlWriter.Key(K0sctlKeys.Files), out YamlNode? existing) && existing is YamlSequenceNode s ? s : new YamlSequenceNode();
            list.Add(file.Node);
            Set(K0sctlKeys.Files, list);
            return this;
        }

        /// <summary>
        /// Commands k0sctl runs on the host around an action: <c>hooks.ACTION.PHASE</c>, such as <c>Hook("apply", "before",
        /// "apt-get update")</c> (actions apply, backup, reset, upgrade; phases before, after).
        /// </summary>
        /// <param name="action">The k0sctl action.</param>
        /// <param name="phase"><c>before</c> or <c>after</c>.</param>
        /// <param name="commands">The commands, added to those given before.</param>
        /// <returns>This builder.</returns>
        public K0sctlHostBuilder Hook(string action, string phase, params string[] commands)
        {
            YamlMappingNode hooks = Child(K0sctlKeys.Hooks);
            var actionKey = YamlWriter.Text(Guard.NotNull(action, nameof(action), K0sctlKeys.Hooks));
            if (!(hooks.Children.TryGetValue(actionKey, out YamlNode? a) && a is YamlMappingNode phases))
            {
                phases = new YamlMappingNode();
                hooks.Children[actionKey] = phases;
            }

            var phaseKey = YamlWriter.Text(Guard.NotNull(phase, nameof(phase), "hooks." + action));
            if (!(phases.Children.TryGetValue(phaseKey, out YamlNode? p) && p is YamlSequenceNode list))
            {
                list = new YamlSequenceNode();
                phases.Children[phaseKey] = list;
            }

            foreach (string command in commands ?? throw new ArgumentNullException(nameof(commands)))
            {
                list.Add(YamlWriter.Text(Guard.NotNull(command, nameof(commands), "hooks." + action + "." + phase + "[]")));
            }

            return this;
        }
    }

    /// <summary>A host's <c>ssh</c> connection (or a bastion's).</summary>
    public sealed class K0sctlSshBuilder : K0sctlNodeBuilder
    {
        internal K0sctlSshBuilder(string address) => Set(K0sctlKeys.Address, YamlWriter.Text(address));

        /// <summary><c>user</c> (default root).</summary>
        /// <param name="user">The user.</param>
        /// <returns>This builder.</returns>
        public K0sctlSshBuilder User(string user)
        {
            SetText(K0sctlKeys.User, user, nameof(user), "ssh.user");
            return this;
        }

        /// <summary><c>port</c> (default 22; 1–65535, K0S945).</summary>
        /// <param name="port">The port.</param>
        /// <returns>This builder.</returns>
        public K0sctlSshBuilder Port(int port)
        {
            SetPort(port);
            return this;
        }

        /// <summary><c>keyPath</c>: the private key (<c>~</c> is the home directory).</summary>
        /// <param name="path">The key file.</param>
        /// <returns>This builder.</returns>
        public K0sctlSshBuilder KeyPath(string path)
        {
            SetText(K0sctlKeys.KeyPath, path, nameof(path), "ssh.keyPath");
            return this;
        }

        /// <summary><c>bastion</c>: an SSH jump host.</summary>
        /// <param name="address">The bastion's address.</param>
        /// <param name="configure">Its user, port, key.</param>
        /// <returns>This builder.</returns>
        public K0sctlSshBuilder Bastion(string address, Action<K0sctlSshBuilder>? configure = null)
        {
            var bastion = new K0sctlSshBuilder(Guard.NotNull(address, nameof(address), "ssh.bastion.address"));
            configure?.Invoke(bastion);
            Set(K0sctlKeys.Bastion, bastion.Node);
            return this;
        }
    }

    /// <summary>A host's <c>winRM</c> connection.</summary>
    public sealed class K0sctlWinRMBuilder : K0sctlNodeBuilder
    {
        internal K0sctlWinRMBuilder(string address) => Set(K0sctlKeys.Address, YamlWriter.Text(address));

        /// <summary><c>user</c> (default Administrator).</summary>
        /// <param name="user">The user.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder User(string user)
        {
            SetText(K0sctlKeys.User, user, nameof(user), "winRM.user");
            return this;
        }

        /// <summary><c>password</c>.</summary>
        /// <param name="password">The password.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder Password(string password)
        {
            SetText(K0sctlKeys.Password, password, nameof(password), "winRM.password");
            return this;
        }

        /// <summary><c>port</c> (default 5985; 1–65535, K0S945).</summary>
        /// <param name="port">The port.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder Port(int port)
        {
            SetPort(port);
            return this;
        }

        /// <summary><c>useHTTPS</c>.</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder UseHttps(bool enabled = true)
        {
            SetFlag(K0sctlKeys.UseHTTPS, enabled);
            return this;
        }

        /// <summary><c>insecure</c>: accept any TLS certificate.</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder Insecure(bool enabled = true)
        {
            SetFlag(K0sctlKeys.Insecure, enabled);
            return this;
        }

        /// <summary><c>useNTLM</c>.</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder UseNtlm(bool enabled = true)
        {
            SetFlag(K0sctlKeys.UseNTLM, enabled);
            return this;
        }

        /// <summary><c>caCertPath</c>.</summary>
        /// <param name="path">The CA certificate file.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder CaCertPath(string path)
        {
            SetText(K0sctlKeys.CaCertPath, path, nameof(path), "winRM.caCertPath");
            return this;
        }

        /// <summary><c>certPath</c> (with <c>keyPath</c>, K0S945).</summary>
        /// <param name="path">The client certificate file.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder CertPath(string path)
        {
            SetText(K0sctlKeys.CertPath, path, nameof(path), "winRM.certPath");
            return this;
        }

        /// <summary><c>keyPath</c> (with <c>certPath</c>, K0S945).</summary>
        /// <param name="path">The client key file.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder KeyPath(string path)
        {
            SetText(K0sctlKeys.KeyPath, path, nameof(path), "winRM.keyPath");
            return this;
        }

        /// <summary><c>tlsServerName</c>.</summary>
        /// <param name="name">The name to expect in the server's certificate.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder TlsServerName(string name)
        {
            SetText(K0sctlKeys.TlsServerName, name, nameof(name), "winRM.tlsServerName");
            return this;
        }

        /// <summary><c>bastion</c>: an SSH jump host.</summary>
        /// <param name="address">The bastion's address.</param>
        /// <param name="configure">Its user, port, key.</param>
        /// <returns>This builder.</returns>
        public K0sctlWinRMBuilder Bastion(string address, Action<K0sctlSshBuilder>? configure = null)
        {
            var bastion = new K0sctlSshBuilder(Guard.NotNull(address, nameof(address), "winRM.bastion.address"));
            configure?.Invoke(bastion);
            Set(K0sctlKeys.Bastion, bastion.Node);
            return this;
        }
    }

    /// <summary>A host's <c>openSSH</c> connection.</summary>
    public sealed class K0sctlOpenSshBuilder : K0sctlNodeBuilder
    {
        internal K0sctlOpenSshBuilder(string address) => Set(K0sctlKeys.Address, YamlWriter.Text(address));

        /// <summary><c>user</c> (default: ssh_config's).</summary>
        /// <param name="user">The user.</param>
        /// <returns>This builder.</returns>
        public K0sctlOpenSshBuilder User(string user)
        {
            SetText(K0sctlKeys.User, user, nameof(user), "openSSH.user");
            return this;
        }

        /// <summary><c>port</c> (1–65535, K0S945; default: ssh_config's).</summary>
        /// <param name="port">The port.</param>
        /// <returns>This builder.</returns>
        public K0sctlOpenSshBuilder Port(int port)
        {
            SetPort(port);
            return this;
        }

        /// <summary><c>keyPath</c>.</summary>
        /// <param name="path">The key file.</param>
        /// <returns>This builder.</returns>
        public K0sctlOpenSshBuilder KeyPath(string path)
        {
            SetText(K0sctlKeys.KeyPath, path, nameof(path), "openSSH.keyPath");
            return this;
        }

        /// <summary><c>configPath</c>: an ssh_config file.</summary>
        /// <param name="path">The file.</param>
        /// <returns>This builder.</returns>
        public K0sctlOpenSshBuilder ConfigPath(string path)
        {
            SetText(K0sctlKeys.ConfigPath, path, nameof(path), "openSSH.configPath");
            return this;
        }

        /// <summary>An entry of <c>options</c>: an ssh_config option, such as <c>StrictHostKeyChecking</c>.</summary>
        /// <param name="name">The option.</param>
        /// <param name="value">Its value.</param>
        /// <returns>This builder.</returns>
        public K0sctlOpenSshBuilder Option(string name, string value)
        {
            YamlMappingNode options = Child(K0sctlKeys.Options);
            options.Children[YamlWriter.Text(Guard.NotNull(name, nameof(name), "openSSH.options"))] = YamlWriter.Text(Guard.NotNull(value, nameof(value), "openSSH.options." + name));
            return this;
        }

        /// <summary><c>disableMultiplexing</c>.</summary>
        /// <param name="enabled">Whether to.</param>
        /// <returns>This builder.</returns>
        public K0sctlOpenSshBuilder DisableMultiplexing(bool enabled = true)
        {
            SetFlag(K0sctlKeys.DisableMultiplexing, enabled);
            return this;
        }
    }

    /// <summary>An entry of a host's <c>files</c>.</summary>
    public sealed class K0sctlFileBuilder : K0sctlNodeBuilder
    {
        internal K0sctlFileBuilder()
        {
        }

        /// <summary><c>name</c>: the file's name (with <c>data</c> and <c>dstDir</c>).</summary>
        /// <param name="name">The name.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder Name(string name)
        {
            SetText(K0sctlKeys.Name, name, nameof(name), "files[].name");
            return this;
        }

        /// <summary><c>src</c>: a local file, directory or glob (relative to the k0sctl.yaml), or a URL.</summary>
        /// <param name="source">The source.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder Source(string source)
        {
            SetText(K0sctlKeys.Src, source, nameof(source), "files[].src");
            return this;
        }

        /// <summary><c>data</c>: the file's content, instead of <c>src</c> (text of several lines is written as a literal block, <c>|</c>).</summary>
        /// <param name="data">The content.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder Data(string data)
        {
            Set(K0sctlKeys.Data, YamlWriter.Block(Guard.NotNull(data, nameof(data), "files[].data")));
            return this;
        }

        /// <summary><c>dst</c>: the file's path on the host.</summary>
        /// <param name="path">The path.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder Destination(string path)
        {
            SetText(K0sctlKeys.Dst, path, nameof(path), "files[].dst");
            return this;
        }

        /// <summary><c>dstDir</c>: the directory on the host.</summary>
        /// <param name="path">The directory.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder DestinationDir(string path)
        {
            SetText(K0sctlKeys.DstDir, path, nameof(path), "files[].dstDir");
            return this;
        }

        /// <summary><c>perm</c>: the file's mode, such as <c>0644</c>.</summary>
        /// <param name="mode">The mode, in octal.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder Permissions(string mode)
        {
            SetText(K0sctlKeys.Perm, mode, nameof(mode), "files[].perm");
            return this;
        }

        /// <summary><c>dirPerm</c>: the mode of directories created.</summary>
        /// <param name="mode">The mode, in octal.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder DirectoryPermissions(string mode)
        {
            SetText(K0sctlKeys.DirPerm, mode, nameof(mode), "files[].dirPerm");
            return this;
        }

        /// <summary><c>user</c>: the file's owner on the host.</summary>
        /// <param name="user">The user.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder User(string user)
        {
            SetText(K0sctlKeys.User, user, nameof(user), "files[].user");
            return this;
        }

        /// <summary><c>group</c>: the file's group on the host.</summary>
        /// <param name="group">The group.</param>
        /// <returns>This builder.</returns>
        public K0sctlFileBuilder Group(string group)
        {
            SetText(K0sctlKeys.Group, group, nameof(group), "files[].group");
            return this;
        }
    }
}
