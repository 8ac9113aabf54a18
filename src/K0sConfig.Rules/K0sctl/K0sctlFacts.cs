using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// What the k0sctl rules (K0S940–K0S949) read about a k0sctl <c>Cluster</c> document (<c>k0sctl.yaml</c>): its
    /// apiVersion and kind, hosts, <c>spec.k0s</c> and the problems k0sctl's own reading finds. Front ends (the k0sctl
    /// builder at run time, the analyzers, the YAML reader) fill it; values not known stay unknown and the rules that
    /// need them are silent.
    /// </summary>
    public sealed class K0sctlFacts
    {
        /// <summary>The apiVersion k0sctl v0.32 reads: <c>k0sctl.k0sproject.io/v1beta1</c>.</summary>
        public const string SupportedApiVersion = "k0sctl.k0sproject.io/v1beta1";

        /// <summary><c>apiVersion</c>.</summary>
        public Fact<string> ApiVersion { get; set; }

        /// <summary><c>kind</c>.</summary>
        public Fact<string> Kind { get; set; }

        /// <summary><c>spec.hosts</c>, in order; its origin is the list (or the document when there is none).</summary>
        public Fact<IReadOnlyList<K0sctlHostFacts>> Hosts { get; set; }

        /// <summary>
        /// <c>spec.k0s.version</c> as written (text; k0sctl parses it with k0sproject/version). Unset when absent, null or
        /// empty: k0sctl then installs the latest k0s release it finds online.
        /// </summary>
        public Fact<string> K0sVersion { get; set; }

        /// <summary><c>spec.k0s.versionChannel</c> (<c>stable</c> or <c>latest</c>).</summary>
        public Fact<string> VersionChannel { get; set; }

        /// <summary><c>spec.k0s.dynamicConfig</c>.</summary>
        public Fact<bool> DynamicConfig { get; set; }

        /// <summary>
        /// Whether the file gives k0s a ClusterConfig (<c>spec.k0s.config</c> or a <c>kind: ClusterConfig</c> document);
        /// unknown counts as given.
        /// </summary>
        public Fact<bool> HasClusterConfig { get; set; }

        /// <summary>What makes k0sctl refuse to read the file before it validates it (rule K0S940).</summary>
        public IReadOnlyList<K0sctlProblem> Problems { get; set; } = Array.Empty<K0sctlProblem>();

        /// <summary>Where the document starts, for findings about the whole document.</summary>
        public object? Origin { get; set; }
    }

    /// <summary>One host of <c>spec.hosts</c>.</summary>
    public sealed class K0sctlHostFacts
    {
        /// <summary><c>role</c>: controller, worker, controller+worker or single.</summary>
        public Fact<string> Role { get; set; }

        /// <summary><c>noTaints</c>.</summary>
        public Fact<bool> NoTaints { get; set; }

        /// <summary><c>privateAddress</c>.</summary>
        public Fact<string> PrivateAddress { get; set; }

        /// <summary><c>installFlags</c>, each entry; the list's origin is the list. Unknown when not all are known.</summary>
        public Fact<IReadOnlyList<Fact<string>>> InstallFlags { get; set; }

        /// <summary><c>useExistingK0s</c>.</summary>
        public Fact<bool> UseExistingK0s { get; set; }

        /// <summary><c>uploadBinary</c>.</summary>
        public Fact<bool> UploadBinary { get; set; }

        /// <summary><c>k0sBinaryPath</c>.</summary>
        public Fact<string> K0sBinaryPath { get; set; }

        /// <summary><c>k0sDownloadURL</c>.</summary>
        public Fact<string> K0sDownloadUrl { get; set; }

        /// <summary>The connections written (<c>ssh</c>, <c>winRM</c>, <c>openSSH</c>, <c>localhost</c>); unknown when the builder cannot tell.</summary>
        public Fact<IReadOnlyList<K0sctlConnectionFacts>> Connections { get; set; }

        /// <summary><c>files</c>; unknown when not all are known.</summary>
        public Fact<IReadOnlyList<K0sctlFileFacts>> Files { get; set; }

        /// <summary>Where the host is written.</summary>
        public object? Origin { get; set; }
    }

    /// <summary>The kinds of connection a k0sctl host has (rig's protocols).</summary>
    public enum K0sctlConnectionKind
    {
        /// <summary><c>ssh</c>: rig's own SSH client (port 22, user root by default).</summary>
        Ssh = 0,

        /// <summary><c>winRM</c>: Windows Remote Management (port 5985, user Administrator by default).</summary>
        WinRM = 1,

        /// <summary><c>openSSH</c>: the system's <c>ssh</c> command and its ssh_config.</summary>
        OpenSsh = 2,

        /// <summary><c>localhost</c>: the machine k0sctl runs on.</summary>
        Localhost = 3,
    }

    /// <summary>One connection block of a host.</summary>
    public sealed class K0sctlConnectionFacts
    {
        /// <summary>Which protocol.</summary>
        public K0sctlConnectionKind Kind { get; set; }

        /// <summary><c>address</c> (not for localhost).</summary>
        public Fact<string> Address { get; set; }

        /// <summary><c>port</c>; unset means the protocol's default (22, 5985; openSSH: ssh_config's).</summary>
        public Fact<long> Port { get; set; }

        /// <summary><c>user</c>; unset means the default (root, Administrator).</summary>
        public Fact<string> User { get; set; }

        /// <summary>winRM <c>password</c>.</summary>
        public Fact<string> Password { get; set; }

        /// <summary>winRM <c>certPath</c>.</summary>
        public Fact<string> CertPath { get; set; }

        /// <summary>winRM <c>keyPath</c>.</summary>
        public Fact<string> KeyPath { get; set; }

        /// <summary>ssh's or winRM's <c>bastion</c>: the ssh connection it goes through (its own <see cref="Bastion"/> nested).</summary>
        public Fact<K0sctlConnectionFacts> Bastion { get; set; }

        /// <summary>Where the block is written.</summary>
        public object? Origin { get; set; }
    }

    /// <summary>One entry of a host's <c>files</c>.</summary>
    public sealed class K0sctlFileFacts
    {
        /// <summary><c>name</c>.</summary>
        public Fact<string> Name { get; set; }

        /// <summary><c>src</c>.</summary>
        public Fact<string> Source { get; set; }

        /// <summary><c>data</c>.</summary>
        public Fact<string> Data { get; set; }

        /// <summary><c>dst</c>.</summary>
        public Fact<string> Destination { get; set; }

        /// <summary><c>dstDir</c>.</summary>
        public Fact<string> DestinationDir { get; set; }

        /// <summary>Where the entry is written.</summary>
        public object? Origin { get; set; }
    }

    /// <summary>Something that makes k0sctl refuse to read the file (strict decoding, documents), with k0sctl's own text.</summary>
    public sealed class K0sctlProblem
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="path">The path of the key or value (such as <c>spec.hosts[1].adress</c>), or empty.</param>
        /// <param name="what">What is wrong, in words.</param>
        /// <param name="k0sctlError">k0sctl's error text (without the file's path where k0sctl prints it).</param>
        /// <param name="fix">How to fix it.</param>
        /// <param name="origin">Where it is written.</param>
        public K0sctlProblem(string path, string what, string k0sctlError, string fix, object? origin)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            What = what ?? throw new ArgumentNullException(nameof(what));
            K0sctlError = k0sctlError ?? throw new ArgumentNullException(nameof(k0sctlError));
            Fix = fix ?? throw new ArgumentNullException(nameof(fix));
            Origin = origin;
        }

        /// <summary>The path of the key or value, or empty.</summary>
        public string Path { get; }

        /// <summary>What is wrong.</summary>
        public string What { get; }

        /// <summary>k0sctl's error text.</summary>
        public string K0sctlError { get; }

        /// <summary>How to fix it.</summary>
        public string Fix { get; }

        /// <summary>Where it is written.</summary>
        public object? Origin { get; }
    }
}
