using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace K0sConfig.Tests;

/// <summary>
/// Random k0sctl builder programs over the whole public k0sctl builder API (found by reflection, with the generator of
/// <see cref="RandomProgramTests"/>; a test fails when a method is never called): every cluster <c>Build()</c> accepts must
/// be accepted by k0sctl (the k0sctl-validate oracle: k0sctl's own reading, defaulting and validation, as <c>k0sctl apply</c>
/// runs them before it connects to a host). K0sctl/RandomPrograms/out holds what the seeded programs write (each file starts
/// with its program); K0sctl/RandomPrograms/verdicts.jsonl holds k0sctl's verdict on each (K0sctl/RandomPrograms/regenerate.sh
/// makes both). The ClusterConfig under <c>spec.k0s.config</c> comes from a few fixed ones, which RandomProgramTests covers.
/// </summary>
public class K0sctlRandomProgramTests
{
    private const int Seed = 20261205;
    private const int Programs = 400;

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "K0sctl", "RandomPrograms");

    private static readonly Lazy<SortedDictionary<string, string>> Outputs = new(() => Generate(Seed, Programs));

    /// <summary>The configurations a program gives to <c>Config(...)</c>: each made anew, with its code.</summary>
    internal static readonly (Func<ClusterConfigBuilder> Make, string Code)[] ClusterConfigs =
    {
        (() => K0s.Cluster("k0s"), "K0s.Cluster(\"k0s\")"),
        (() => K0s.Cluster("k0s").Network(n => n.PodCidr("10.244.0.0/16").ServiceCidr("10.96.0.0/12")), "K0s.Cluster(\"k0s\").Network(n => n.PodCidr(\"10.244.0.0/16\").ServiceCidr(\"10.96.0.0/12\"))"),
        (() => K0s.Cluster("k0s").Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Nftables))), "K0s.Cluster(\"k0s\").Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Nftables)))"),
        (() => K0s.Cluster("k0s").Network(n => n.PodCidr("10.0.0.0/33")), "K0s.Cluster(\"k0s\").Network(n => n.PodCidr(\"10.0.0.0/33\"))"),
    };

    [Fact]
    public void The_programs_write_what_k0sctl_was_asked_about()
        => RandomProgramTests.WriteOrCompare(Outputs.Value, Root, SourceDirectory(), Programs / 5, Programs - (Programs / 10), "k0sctl's verdict on it is stale; run K0sctl/RandomPrograms/regenerate.sh");

    [Fact]
    public void Every_public_k0sctl_builder_method_is_called()
    {
        _ = Outputs.Value;
        string[] all = RandomProgramTests.BuilderMethods(typeof(K0sctlClusterBuilder));
        Assert.True(all.Length > 60, all.Length + " k0sctl builder methods");
        Assert.Empty(all.Except(RandomProgramTests.CalledSoFar()));
    }

    [Fact]
    public void Every_cluster_Build_accepts_k0sctl_accepts()
    {
        Dictionary<string, JsonElement> verdicts = File.ReadAllLines(Path.Combine(Root, "verdicts.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(v => Path.GetFileName(v.GetProperty("file").GetString()!), v => v, StringComparer.Ordinal);
        string[] files = Directory.GetFiles(Path.Combine(Root, "out"), "*.yaml").Select(f => Path.GetFileName(f)!).ToArray();
        Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), verdicts.Keys.OrderBy(f => f, StringComparer.Ordinal));
        var refused = new List<string>();
        foreach (string file in files)
        {
            JsonElement verdict = verdicts[file];
            if (!verdict.GetProperty("ok").GetBoolean())
            {
                refused.Add(file + ": k0sctl refuses it (" + verdict.GetProperty("message") + ")\n" + File.ReadAllText(Path.Combine(Root, "out", file)));
            }
        }

        Assert.True(refused.Count == 0, string.Join("\n\n", refused));
    }

    /// <summary>
    /// Runs <paramref name="count"/> random programs, half of them starting with a controller host (so that enough are
    /// clusters k0sctl could take), and returns the YAML of those <c>Build()</c> accepts, each after its program.
    /// </summary>
    private static SortedDictionary<string, string> Generate(int seed, int count)
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var program = new StringBuilder("K0sctl.Cluster(\"k0s-cluster\")");
            K0sctlClusterBuilder builder = global::K0sConfig.K0sctl.Cluster("k0s-cluster");
            try
            {
                if (random.Next(2) == 0)
                {
                    builder.Host(K0sctlRole.Controller, h => h.Ssh("10.0.0.10"));
                    program.Append("\n    .Host(K0sctlRole.Controller, h => h.Ssh(\"10.0.0.10\"))");
                }

                RandomProgramTests.Configure(builder, random, program, depth: 0, indent: "    ");
                K0sctlCluster cluster = builder.Build();
                string comment = "# " + program.ToString().Replace("\n", "\n# ", StringComparison.Ordinal) + "\n";
                outputs["k" + i.ToString("D3", CultureInfo.InvariantCulture) + ".yaml"] = comment + cluster.ToYaml();
            }
            catch (TargetInvocationException e) when (RandomProgramTests.Innermost(e) is ArgumentException or InvalidOperationException or FormatException)
            {
                // A builder method refused its argument at the call: a program the builder does not let one write.
            }
            catch (K0sConfigException)
            {
                // Build() refused the cluster.
            }
        }

        return outputs;
    }

    /// <summary>Text for a k0sctl builder method's parameter: mostly valid values, some that k0sctl or the builder refuse; null for other builders.</summary>
    internal static string[]? Text(MethodInfo method, string parameter)
    {
        if (!method.DeclaringType!.Name.StartsWith("K0sctl", StringComparison.Ordinal))
        {
            return null;
        }

        return (method.Name, parameter) switch
        {
            ("K0sVersion", _) => new[] { "v1.33.1+k0s.0", "1.34.2+k0s.0", "v1.30.0+k0s.0", "v1.36.1+k0s.0", "latest", "v1.33", "" },
            ("Ssh" or "WinRM" or "OpenSsh" or "Bastion", _) => new[] { "10.0.0.1", "10.0.0.2", "10.0.0.10", "node-1.example.com", "fd00::1", "", "10.0.0.300" },
            ("PrivateAddress", _) => new[] { "192.168.1.1", "192.168.1.2", "fd00::2", "node-1", "" },
            ("User", _) => new[] { "root", "admin", "" },
            ("Password", _) => new[] { "secret", "" },
            ("Environment", "name") => new[] { "HTTP_PROXY", "NO_PROXY", "" },
            ("Environment", "value") => new[] { "http://proxy:3128", "10.0.0.0/8", "" },
            ("InstallFlags", _) => new[] { "--debug", "--labels=role=edge", "--enable-worker", "--no-taints", "--taints=a=b:NoSchedule", "--kubelet-extra-args=--max-pods=200", "" },
            ("Hook", "action") => new[] { "apply", "reset", "backup", "upgrade", "install" },
            ("Hook", "phase") => new[] { "before", "after", "during" },
            ("Hook", _) => new[] { "echo hello", "systemctl restart chronyd", "" },
            ("Os", _) => new[] { "ubuntu", "rhel", "windows", "" },
            ("Hostname", _) => new[] { "node-1", "Node-1", "" },
            ("PrivateInterface", _) => new[] { "eth0", "" },
            ("Permissions" or "DirectoryPermissions", _) => new[] { "0644", "0755", "644", "rwx", "9999", "" },
            ("Taint", _) => new[] { "k0sctl.k0sproject.io/evict=true", "evict=yes", "bad taint", "" },
            ("PodSelector", _) => new[] { "app=web", "app!=db", "=bad", "" },
            ("Name", _) => new[] { "manifest", "image bundle", "" },
            ("Data", _) => new[] { "hello\n", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n", "" },
            ("Source", _) => new[] { "https://example.com/bundle.tar", "" }, // a local source: k0sctl looks for the file on the machine it runs on
            ("Option", "name") => new[] { "StrictHostKeyChecking", "ServerAliveInterval", "" },
            ("Option", "value") => new[] { "no", "30", "" },
            ("TlsServerName", _) => new[] { "node-1.example.com", "" },
            ("K0sDownloadUrl", _) => new[] { "https://example.com/k0s-%v-%p", "" },
            (_, "path" or "source") => new[] { "/root/.ssh/id_ed25519", "~/.ssh/id_rsa", "/var/lib/k0s", "relative/path", "" },
            _ => new[] { "a", "value-1", "" },
        };
    }

    /// <summary>Integers for a k0sctl builder method, or null for other builders.</summary>
    internal static int[]? Integers(MethodInfo method)
        => !method.DeclaringType!.Name.StartsWith("K0sctl", StringComparison.Ordinal) ? null : method.Name switch
        {
            "Port" => new[] { 22, 2222, 5985, 5986, 0, 65535, 65536, -1 },
            "WorkerDisruptionPercent" => new[] { 0, 10, 100, 101, -1 },
            _ => new[] { 0, 1, 5, 30, -1 },
        };

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string here = "")
        => Path.Combine(Path.GetDirectoryName(here)!, "RandomPrograms");
}
