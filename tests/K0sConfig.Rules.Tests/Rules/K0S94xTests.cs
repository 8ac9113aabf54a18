using System.Collections.Generic;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>
/// K0S940–K0S949: k0sctl's own reading and validation of a k0sctl Cluster. The rules read <see cref="ClusterFacts.K0sctl"/>;
/// the texts quoted are k0sctl v0.32.2's (its k0sctl-validate answers are in K0sConfig.Cli.Tests/K0sctlVerdicts).
/// </summary>
public class K0S94xTests
{
    private static readonly object Here = new();

    internal static K0sctlHostFacts Host(string role, string address, int? port = null) => new()
    {
        Role = K(role),
        Origin = Here,
        Connections = Fact<IReadOnlyList<K0sctlConnectionFacts>>.Known(new[]
        {
            new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.Ssh, Address = K(address), Port = port is int p ? K(p) : default, Origin = Here },
        }),
    };

    internal static IReadOnlyList<Finding> Cluster(params K0sctlHostFacts[] hosts) => Cluster(_ => { }, hosts);

    internal static IReadOnlyList<Finding> Cluster(System.Action<K0sctlFacts> set, params K0sctlHostFacts[] hosts)
    {
        var k0sctl = new K0sctlFacts
        {
            ApiVersion = K(K0sctlFacts.SupportedApiVersion),
            Kind = K("Cluster"),
            Hosts = Fact<IReadOnlyList<K0sctlHostFacts>>.Known(hosts, Here),
            HasClusterConfig = K(true),
            Origin = Here,
        };
        set(k0sctl);
        return Evaluate(Facts(f => f.K0sctl = k0sctl));
    }

    private static K0sctlHostFacts With(K0sctlHostFacts host, System.Action<K0sctlHostFacts> set)
    {
        set(host);
        return host;
    }

    // ---------------------------------------------------------------- K0S940 k0sctl cannot read the file

    [Fact]
    public void K0S940_fires_with_k0sctls_text()
    {
        Cluster(k => k.Problems = new[] { new K0sctlProblem("spec.hosts[0].address", "'address' is not a field k0sctl knows at spec.hosts[0]", "line 6: field address not found in type cluster.host", "Correct the key.", Here) }, Host("controller", "10.0.0.1"))
            .One("K0S940").Is("K0S940", "spec.hosts[0].address", FindingSeverity.Error, "'address' is not a field", "k0sctl refuses the file (\"line 6: field address not found in type cluster.host\")", "Correct the key.");
    }

    [Fact]
    public void K0S940_silent_without_problems_or_k0sctl() => Cluster(Host("controller", "10.0.0.1")).None("K0S940");

    [Fact]
    public void K0S940_unknown_facts_say_nothing() => Evaluate(ClusterFacts.AllUnknown()).None("K0S940");

    // ---------------------------------------------------------------- K0S941 apiVersion / kind

    [Fact]
    public void K0S941_fires_on_another_spelling()
    {
        IReadOnlyList<Finding> findings = Cluster(k => { k.ApiVersion = K("K0SCTL.k0sproject.io/v1beta1"); k.Kind = K("CLUSTER"); }, Host("controller", "10.0.0.1"));
        findings.At("K0S941", "apiVersion").Is("K0S941", "apiVersion", FindingSeverity.Error, "apiVersion 'K0SCTL.k0sproject.io/v1beta1'", "(\"apiVersion: must equal k0sctl.k0sproject.io/v1beta1\")");
        findings.At("K0S941", "kind").Is("K0S941", "kind", FindingSeverity.Error, "kind 'CLUSTER'", "(\"kind: must equal Cluster\")");
    }

    [Fact]
    public void K0S941_silent_on_cluster_and_lowercase_cluster()
    {
        Cluster(Host("controller", "10.0.0.1")).None("K0S941");
        Cluster(k => k.Kind = K("cluster"), Host("controller", "10.0.0.1")).None("K0S941");
    }

    [Fact]
    public void K0S941_unknown_apiVersion_is_silent() => Cluster(k => { k.ApiVersion = U; k.Kind = U; }, Host("controller", "10.0.0.1")).None("K0S941");

    // ---------------------------------------------------------------- K0S942 no controller

    [Fact]
    public void K0S942_fires_without_hosts_and_without_a_controller()
    {
        Cluster().One("K0S942").Is("K0S942", "spec.hosts", FindingSeverity.Error, "spec.hosts lists no host", "(\"spec: (hosts: at least one host required.)\")");
        Cluster(Host("worker", "10.0.0.1"), Host("worker", "10.0.0.2")).One("K0S942")
            .Is("K0S942", "spec.hosts", FindingSeverity.Error, "None of the 2 host(s)", "(\"spec: (hosts: no hosts with a controller role defined.)\")");
        Cluster(Host("master", "10.0.0.1")).Fires("K0S942");
    }

    [Fact]
    public void K0S942_silent_with_a_controller_or_enable_worker()
    {
        Cluster(Host("controller+worker", "10.0.0.1"), Host("worker", "10.0.0.2")).None("K0S942");
        Cluster(Host("single", "10.0.0.1")).None("K0S942");
        Cluster(With(Host("worker", "10.0.0.1"), h => h.InstallFlags = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { K("--enable-worker") }))).None("K0S942");
    }

    [Fact]
    public void K0S942_unknown_role_or_hosts_is_silent()
    {
        Cluster(With(Host("worker", "10.0.0.1"), h => h.Role = U), Host("worker", "10.0.0.2")).None("K0S942");
        Cluster(k => k.Hosts = Fact<IReadOnlyList<K0sctlHostFacts>>.Unknown()).None("K0S942");
    }

    // ---------------------------------------------------------------- K0S943 role

    [Fact]
    public void K0S943_fires_on_an_unknown_role_and_single_with_others()
    {
        Cluster(Host("controller", "10.0.0.1"), Host("master", "10.0.0.2")).One("K0S943")
            .Is("K0S943", "spec.hosts[1].role", FindingSeverity.Error, "'master' is not a role", "(\"host #2: role: unknown role master.\")");
        Cluster(Host("single", "10.0.0.1"), Host("worker", "10.0.0.2")).One("K0S943")
            .Is("K0S943", "spec.hosts[0].role", FindingSeverity.Error, "(\"2 hosts defined but includes a host with role 'single': ssh.Config{10.0.0.1:22}\")");
    }

    [Fact]
    public void K0S943_fires_as_a_warning_on_an_empty_role_which_k0sctl_lets_through()
        // k0sctl oracle case p-role-empty: k0sctl accepts it; the host is then neither a controller nor a worker.
        => Cluster(Host("controller", "10.0.0.1"), Host(string.Empty, "10.0.0.2")).One("K0S943")
            .Is("K0S943", "spec.hosts[1].role", FindingSeverity.Warning, "spec.hosts[1].role is empty; k0sctl accepts it, since its role check skips an empty value, but counts the host as neither a controller nor a worker");

    [Fact]
    public void K0S943_fires_on_the_first_host_too() => Cluster(Host("master", "10.0.0.1"), Host("controller", "10.0.0.2")).Fires("K0S943");

    [Fact]
    public void K0S943_silent_for_a_single_host_k0sctl_does_not_check() => Cluster(Host("single", "10.0.0.1")).None("K0S943");

    [Fact]
    public void K0S943_unknown_role_is_silent() => Cluster(With(Host("x", "10.0.0.1"), h => h.Role = U), Host("controller", "10.0.0.2")).None("K0S943");

    // ---------------------------------------------------------------- K0S944 duplicate host

    [Fact]
    public void K0S944_fires_on_the_same_address_and_port()
        => Cluster(Host("controller", "10.0.0.1"), Host("worker", "10.0.0.1", 22)).One("K0S944")
            .Is("K0S944", "spec.hosts[1]", FindingSeverity.Error, "connects to ssh.Config{10.0.0.1:22}, as spec.hosts[0] does", "(\"ssh.Config{10.0.0.1:22}: is not unique\")");

    [Fact]
    public void K0S944_silent_on_another_port() => Cluster(Host("controller", "10.0.0.1"), Host("worker", "10.0.0.1", 2222)).None("K0S944");

    [Fact]
    public void K0S944_unknown_address_is_silent() => Cluster(Host("controller", "10.0.0.1"), With(Host("worker", "x"), h => h.Connections.Value[0].Address = U)).None("K0S944");

    // ---------------------------------------------------------------- K0S945 connection

    [Fact]
    public void K0S945_fires_on_two_protocols_a_bad_port_and_winrm_without_password()
    {
        K0sctlHostFacts both = Host("worker", "10.0.0.2");
        both.Connections = Fact<IReadOnlyList<K0sctlConnectionFacts>>.Known(new[]
        {
            new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.Ssh, Address = K("10.0.0.2") },
            new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.WinRM, Address = K("10.0.0.2"), Origin = Here },
        });
        Cluster(Host("controller", "10.0.0.1"), both).One("K0S945").Is("K0S945", "spec.hosts[1]", FindingSeverity.Error, "(\"host #2: validation failed: multiple protocols configured for a single client\")");
        Cluster(Host("controller", "10.0.0.1"), Host("worker", "10.0.0.2", 70000)).One("K0S945")
            .Is("K0S945", "spec.hosts[1].ssh.port", FindingSeverity.Error, "port 70000", "(\"host #2: validate *ssh.Config: validation failed: port must be between 1 and 65535\")");
        K0sctlHostFacts win = Host("worker", "10.0.0.2");
        win.Connections = Fact<IReadOnlyList<K0sctlConnectionFacts>>.Known(new[] { new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.WinRM, Address = K("10.0.0.2"), Origin = Here } });
        Cluster(Host("controller", "10.0.0.1"), win).One("K0S945")
            .Is("K0S945", "spec.hosts[1].winRM", FindingSeverity.Error, "(\"host #2: validate *winrm.Config: validation failed: user and password must both be set for password authentication\")");
    }

    [Fact]
    public void K0S945_fires_on_the_bastion_a_connection_goes_through()
    {
        K0sctlHostFacts viaBastion = Host("worker", "10.0.0.2");
        viaBastion.Connections.Value![0].Bastion = Fact<K0sctlConnectionFacts>.Known(new K0sctlConnectionFacts
        {
            Kind = K0sctlConnectionKind.Ssh,
            Address = K("10.0.0.100"),
            Bastion = Fact<K0sctlConnectionFacts>.Known(new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.Ssh, Address = K("10.0.0.200"), Port = Fact<long>.Known(-1, Here) }),
        });
        Cluster(Host("controller", "10.0.0.1"), viaBastion).One("K0S945")
            .Is("K0S945", "spec.hosts[1].ssh.bastion.bastion.port", FindingSeverity.Error, "port -1", "(\"host #2: validate *ssh.Config: bastion: bastion: validation failed: port must be between 1 and 65535\")");
        K0sctlHostFacts noAddress = Host("worker", "10.0.0.2");
        noAddress.Connections.Value![0].Bastion = Fact<K0sctlConnectionFacts>.Known(new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.Ssh, Origin = Here });
        Cluster(Host("controller", "10.0.0.1"), noAddress).One("K0S945")
            .Is("K0S945", "spec.hosts[1].ssh.bastion.address", FindingSeverity.Error, "(\"host #2: validate *ssh.Config: bastion: validation failed: address is required\")");
    }

    [Fact]
    public void K0S945_silent_on_a_bastion_with_the_default_port_and_on_an_unknown_one()
    {
        K0sctlHostFacts fine = Host("worker", "10.0.0.2");
        fine.Connections.Value![0].Bastion = Fact<K0sctlConnectionFacts>.Known(new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.Ssh, Address = K("10.0.0.100"), Port = Fact<long>.Known(0, Here) });
        Cluster(Host("controller", "10.0.0.1"), fine).None("K0S945");
        K0sctlHostFacts unknown = Host("worker", "10.0.0.2");
        unknown.Connections.Value![0].Bastion = Fact<K0sctlConnectionFacts>.Known(new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.Ssh, Address = U, Port = Fact<long>.Unknown() });
        Cluster(Host("controller", "10.0.0.1"), unknown).None("K0S945");
        K0sctlHostFacts unknownBastion = Host("worker", "10.0.0.2");
        unknownBastion.Connections.Value![0].Bastion = Fact<K0sctlConnectionFacts>.Unknown();
        Cluster(Host("controller", "10.0.0.1"), unknownBastion).None("K0S945");
    }

    [Fact]
    public void K0S945_silent_on_port_zero_the_default_and_on_a_single_host()
    {
        Cluster(Host("controller", "10.0.0.1"), Host("worker", "10.0.0.2", 0)).None("K0S945");
        Cluster(Host("controller", "10.0.0.1", 70000)).None("K0S945");
    }

    [Fact]
    public void K0S945_unknown_port_is_silent() => Cluster(Host("controller", "10.0.0.1"), With(Host("worker", "10.0.0.2"), h => h.Connections.Value[0].Port = Fact<long>.Unknown())).None("K0S945");

    // ---------------------------------------------------------------- K0S946 noTaints

    [Fact]
    public void K0S946_fires_on_a_worker_with_noTaints()
        => Cluster(Host("controller", "10.0.0.1"), With(Host("worker", "10.0.0.2"), h => h.NoTaints = Fact<bool>.Known(true, Here))).One("K0S946")
            .Is("K0S946", "spec.hosts[1].noTaints", FindingSeverity.Error, "role is 'worker'", "(\"host #2: noTaints: noTaints can only be true for controller+worker role.\")");

    [Fact]
    public void K0S946_silent_on_controller_worker_and_enable_worker()
    {
        Cluster(With(Host("controller+worker", "10.0.0.1"), h => h.NoTaints = K(true)), Host("worker", "10.0.0.2")).None("K0S946");
        Cluster(With(Host("controller", "10.0.0.1"), h => { h.NoTaints = K(true); h.InstallFlags = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { K("--enable-worker") }); }), Host("worker", "10.0.0.2")).None("K0S946");
    }

    [Fact]
    public void K0S946_unknown_role_is_silent() => Cluster(With(Host("worker", "10.0.0.1"), h => { h.NoTaints = K(true); h.Role = U; }), Host("controller", "10.0.0.2")).None("K0S946");

    // ---------------------------------------------------------------- K0S947 version

    [Fact]
    public void K0S947_fires_on_an_unreadable_old_or_dynamic_version_and_a_bad_channel()
    {
        Cluster(k => k.K0sVersion = K("stable"), Host("controller", "10.0.0.1")).One("K0S947")
            .Is("K0S947", "spec.k0s.version", FindingSeverity.Error, "'stable' is not a version", "(\"parsing segment 'stable': strconv.ParseUint: parsing \"stable\": invalid syntax\")", "versionChannel: stable");
        Cluster(k => k.K0sVersion = K("1.30.x-k0s"), Host("controller", "10.0.0.1")).One("K0S947").Is("K0S947", "spec.k0s.version", FindingSeverity.Error, "parsing segment 'x'");
        Cluster(k => k.K0sVersion = K("v0.10.0"), Host("controller", "10.0.0.1")).One("K0S947").Is("K0S947", "spec.k0s.version", FindingSeverity.Error, "minimum supported k0s version is v0.11.0-rc1");
        Cluster(k => { k.K0sVersion = K("v1.22.1+k0s.0"); k.DynamicConfig = K(true); }, Host("controller", "10.0.0.1")).One("K0S947")
            .Is("K0S947", "spec.k0s.dynamicConfig", FindingSeverity.Error, "dynamic config only available since k0s version v1.22.2+k0s.2");
        Cluster(k => k.VersionChannel = K("beta"), Host("controller", "10.0.0.1")).One("K0S947").Is("K0S947", "spec.k0s.versionChannel", FindingSeverity.Error, "versionChannel: must be a valid value");
    }

    [Fact]
    public void K0S947_silent_on_versions_k0sctl_reads()
    {
        foreach (string v in new[] { "1.30.1+k0s.0", "v1.30.1+k0s.0", "1.30", "1", "1.30.1-rc.1+k0s.0", "v1.30.1+k0s.0.1", "0.11.0-rc1" })
        {
            Cluster(k => { k.K0sVersion = K(v); k.VersionChannel = K("latest"); }, Host("controller", "10.0.0.1")).None("K0S947");
        }

        Cluster(k => { k.K0sVersion = K("v1.22.2+k0s.2"); k.DynamicConfig = K(true); }, Host("controller", "10.0.0.1")).None("K0S947");
    }

    [Fact]
    public void K0S947_unknown_version_is_silent() => Cluster(k => { k.K0sVersion = U; k.DynamicConfig = K(true); }, Host("controller", "10.0.0.1")).None("K0S947");

    [Fact]
    public void K0sctl_version_orders_as_k0sproject_version()
    {
        Assert.True(K0sctlVersion.TryParse("v1.30.1+k0s.0", out K0sctlVersion? a, out _));
        Assert.True(K0sctlVersion.TryParse("1.30.1+k0s.1", out K0sctlVersion? b, out _));
        Assert.True(K0sctlVersion.TryParse("1.30.1-rc.1+k0s.0", out K0sctlVersion? rc, out _));
        Assert.True(a!.CompareTo(b) < 0);
        Assert.True(rc!.CompareTo(a) < 0);
        Assert.Equal("v1.30.1+k0s.0", a.ToString());
        Assert.False(K0sctlVersion.TryParse("1.2.3.4", out _, out string? error));
        Assert.Equal("too many segments (4 > 3", error);
        Assert.False(K0sctlVersion.TryParse("V1.2", out _, out error));
        Assert.Equal("can't contain character V", error);
    }

    // ---------------------------------------------------------------- K0S948 host fields

    [Fact]
    public void K0S948_fires_on_each_field_k0sctl_checks()
    {
        IReadOnlyList<Finding> findings = Cluster(
            Host("controller", "10.0.0.1"),
            With(Host("worker", "10.0.0.2"), h =>
            {
                h.PrivateAddress = Fact<string>.Known("10.0.0.300", Here);
                h.InstallFlags = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { K("--labels=\"a=b") });
                h.UseExistingK0s = K(true);
                h.UploadBinary = K(true);
                h.Files = Fact<IReadOnlyList<K0sctlFileFacts>>.Known(new[] { new K0sctlFileFacts { Data = K("x") } });
            }));
        findings.At("K0S948", "spec.hosts[1].privateAddress").Is("K0S948", "spec.hosts[1].privateAddress", FindingSeverity.Error, "(\"host #2: privateAddress: must be a valid IP address.\")");
        findings.At("K0S948", "spec.hosts[1].installFlags[0]").Is("K0S948", "spec.hosts[1].installFlags[0]", FindingSeverity.Error, "unbalanced quotes in --labels=\"a=b");
        findings.At("K0S948", "spec.hosts[1].uploadBinary").Is("K0S948", "spec.hosts[1].uploadBinary", FindingSeverity.Error, "uploadBinary cannot be true when useExistingK0s is true");
        findings.At("K0S948", "spec.hosts[1].files[0]").Is("K0S948", "spec.hosts[1].files[0]", FindingSeverity.Error, "dst: dst or dstdir required; dstDir: dst or dstdir required; name: name or dst required for data");
        Cluster(With(Host("controller", "10.0.0.1"), h => h.Files = Fact<IReadOnlyList<K0sctlFileFacts>>.Known(new[] { new K0sctlFileFacts { Name = K("nothing") } }))).One("K0S948")
            .Is("K0S948", "spec.hosts[0].files[0]", FindingSeverity.Error, "failed to resolve local path for nothing: empty source");
    }

    [Fact]
    public void K0S948_silent_on_valid_fields_and_a_single_host()
    {
        Cluster(Host("controller", "10.0.0.1"), With(Host("worker", "10.0.0.2"), h =>
        {
            h.PrivateAddress = K("192.168.1.2");
            h.InstallFlags = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { K("--labels=\"a=b\""), K("--debug") });
            h.Files = Fact<IReadOnlyList<K0sctlFileFacts>>.Known(new[] { new K0sctlFileFacts { Data = K("x"), Destination = K("/etc/x") }, new K0sctlFileFacts { Source = K("https://example.com/a.tgz") } });
        })).None("K0S948");
        Cluster(With(Host("controller", "10.0.0.1"), h => h.PrivateAddress = K("not-an-ip"))).None("K0S948");
    }

    [Fact]
    public void K0S948_unknown_values_are_silent()
        => Cluster(Host("controller", "10.0.0.1"), With(Host("worker", "10.0.0.2"), h =>
        {
            h.PrivateAddress = U;
            h.InstallFlags = Fact<IReadOnlyList<Fact<string>>>.Known(new[] { U });
            h.Files = Fact<IReadOnlyList<K0sctlFileFacts>>.Known(new[] { new K0sctlFileFacts { Data = K("x"), Destination = U } });
        })).None("K0S948");

    // ---------------------------------------------------------------- K0S949 no ClusterConfig

    [Fact]
    public void K0S949_fires_as_information_without_a_ClusterConfig()
        => Cluster(k => k.HasClusterConfig = K(false), Host("controller", "10.0.0.1")).One("K0S949")
            .Is("K0S949", "spec.k0s.config", FindingSeverity.Info, "no spec.k0s.config", "k0s runs with its defaults");

    [Fact]
    public void K0S949_silent_with_a_ClusterConfig() => Cluster(Host("controller", "10.0.0.1")).None("K0S949");

    [Fact]
    public void K0S949_unknown_is_silent() => Cluster(k => k.HasClusterConfig = Fact<bool>.Unknown(), Host("controller", "10.0.0.1")).None("K0S949");
}
