using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// The k0s version in the analyzers: the MSBuild property <c>K0sVersion</c> (and <c>K0sFeatureGates</c>), a constant
/// <c>ForK0s(...)</c> in the chain, which wins for its configuration, and K0S808 at a call whose field the version lacks.
/// </summary>
public class VersionTests
{
    // kube-proxy's nftables mode: k0s 1.30 refuses it, 1.31 and later take it (k0s-validate-1.30/-1.31, probe p02).
    private const string Nftables = ".Network(n => n.KubeProxy(k => k.Mode({|#0:KubeProxyMode.Nftables|})))";

    private static Verify.Test WithBuild(string source, string properties)
    {
        Verify.Test test = Verify.Create(source);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + properties));
        return test;
    }

    [Fact]
    public Task The_newest_k0s_by_default()
        => Verify.Analyzer(Verify.StripMarkup(Verify.Chain(Nftables)));

    [Fact]
    public Task The_build_property_K0sVersion_chooses_the_k0s()
    {
        Verify.Test test = WithBuild(Verify.Chain(Nftables.Replace("{|#0:", "{|K0S107:", StringComparison.Ordinal)), "build_property.K0sVersion = 1.30\n");
        return test.RunAsync();
    }

    [Fact]
    public Task A_malformed_K0sVersion_is_reported_and_the_newest_is_checked()
    {
        Verify.Test test = WithBuild(Verify.StripMarkup(Verify.Chain(Nftables)), "build_property.K0sVersion = 1.3x\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("K0S810", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithMessage("The MSBuild property K0sVersion '1.3x' is not understood: '1.3x' is not a k0s version; write it as 1.33, 1.33.6, v1.33.6, 1.33.6+k0s.0 or v1.33.6+k0s.0 (the forms k0s release tags use). The configuration is checked for the newest k0s K0sConfig knows (1.36) instead, so findings that depend on the k0s version or its feature gates may not hold for the k0s you run."));
        return test.RunAsync();
    }

    [Fact]
    public Task Malformed_K0sFeatureGates_are_reported()
    {
        Verify.Test test = WithBuild(Verify.StripMarkup(Verify.Chain(Nftables)), "build_property.K0sFeatureGates = IPv6SingleStack\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("K0S810", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithMessage("The MSBuild property K0sFeatureGates 'IPv6SingleStack' is not understood: Invalid feature gate format \"IPv6SingleStack\", expected key=value. Write comma-separated Name=true or Name=false, such as IPv6SingleStack=true. The configuration is checked for k0s 1.36 with its feature gates not known instead, so findings that depend on the k0s version or its feature gates may not hold for the k0s you run."));
        return test.RunAsync();
    }

    [Fact]
    public Task Feature_gates_for_a_k0s_without_them_are_reported()
    {
        Verify.Test test = WithBuild(Verify.Chain(Nftables.Replace("{|#0:", "{|K0S107:", StringComparison.Ordinal)), "build_property.K0sVersion = 1.30\nbuild_property.K0sFeatureGates = IPv6SingleStack=true\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("K0S810", Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    [Fact]
    public Task Well_formed_settings_are_not_reported()
        => WithBuild(Verify.StripMarkup(Verify.Chain(Nftables)), "build_property.K0sVersion = v1.34.2+k0s.0\nbuild_property.K0sFeatureGates = IPv6SingleStack=false\n").RunAsync();

    [Fact]
    public Task ForK0s_with_a_constant_chooses_the_k0s_of_its_configuration()
        => Verify.Analyzer(Verify.Chain(".ForK0s(\"v1.30.2+k0s.0\")" + Nftables.Replace("{|#0:", "{|K0S107:", StringComparison.Ordinal)));

    [Fact]
    public Task ForK0s_wins_over_the_build_property()
        => WithBuild(Verify.StripMarkup(Verify.Chain(".ForK0s(\"1.31\")" + Nftables)), "build_property.K0sVersion = 1.30\n").RunAsync();

    [Fact]
    public Task ForK0s_with_an_unknown_version_reports_only_what_every_version_says()
        => Verify.Analyzer(Verify.Chain(
            ".ForK0s(version)" + Nftables.Replace("{|#0:KubeProxyMode.Nftables|}", "KubeProxyMode.Nftables", StringComparison.Ordinal) + ".Network(n => n.PodCidr({|K0S101:\"10.244.0.0/33\"|}))",
            statements: "        string version = Environment.GetEnvironmentVariable(\"K0S\") ?? \"1.30\";"));

    [Fact]
    public Task ForK0s_on_a_builder_held_in_a_local_chooses_the_k0s()
        => Verify.Analyzer(Verify.Method("""
                    var c = K0s.Cluster("x").ForK0s("1.30");
                    c.Network(n => n.KubeProxy(k => k.Mode({|K0S107:KubeProxyMode.Nftables|})));
                    return c.Build();
            """));

    [Fact]
    public Task ForK0s_on_a_local_keeps_what_the_newest_refuses_silent()
        // k0s 1.30 takes any image version (image checks came in 1.31); the newest refuses "v1 2" (K0S905).
        => Verify.Analyzer(Verify.Method("""
                    var c = K0s.Cluster("x").ForK0s("1.30");
                    c.Images(i => i.CoreDns(d => d.Version("v1 2")));
                    return c.Build();
            """));

    [Fact]
    public Task ForK0s_called_on_a_local_after_its_creation_chooses_the_k0s()
        => Verify.Analyzer(Verify.Method("""
                    var c = K0s.Cluster("x");
                    c.ForK0s("1.30");
                    c.Images(i => i.CoreDns(d => d.Version("v1 2")));
                    c.Network(n => n.KubeProxy(k => k.Mode({|K0S107:KubeProxyMode.Nftables|})));
                    return c.Build();
            """));

    [Fact]
    public Task A_helper_that_receives_the_builder_does_not_know_the_caller_s_k0s()
        // The helper's own calls cannot know the caller's ForK0s: only what every version says is reported there.
        => Verify.Analyzer(Verify.Method("""
                    var c = K0s.Cluster("x").ForK0s("1.30");
                    Images(c);
                    return c.Build();
            """, members: """
                static void Images(ClusterConfigBuilder b) => b.Images(i => i.CoreDns(d => d.Version("v1 2"))).Network(n => n.PodCidr({|K0S101:"10.244.0.0/33"|}));
            """));

    [Fact]
    public Task A_helper_that_receives_the_builder_is_checked_for_the_caller_s_k0s_at_the_call()
        // The same helper as above, called for k0s 1.31, where image versions are checked: reported at the call.
        => Verify.Analyzer(Verify.Method("""
                    var c = K0s.Cluster("x").ForK0s("1.31");
                    {|K0S905:Images|}(c);
                    return c.Build();
            """, members: """
                static void Images(ClusterConfigBuilder b) => b.Images(i => i.CoreDns(d => d.Version("v1 2")));
            """));

    [Fact]
    public Task ForK0s_called_in_a_helper_chooses_the_k0s_of_the_caller_s_builder()
        => Verify.Analyzer(Verify.Method("""
                    var c = K0s.Cluster("x");
                    Pin(c);
                    c.Images(i => i.CoreDns(d => d.Version("v1 2")));
                    c.Network(n => n.KubeProxy(k => k.Mode({|K0S107:KubeProxyMode.Nftables|})));
                    return c.Build();
            """, members: """
                static void Pin(ClusterConfigBuilder b) => b.ForK0s("1.30");
            """));

    [Fact]
    public Task ForK0s_on_a_local_with_a_value_not_known_reports_only_what_every_version_says()
        => Verify.Analyzer(Verify.Method("""
                    var c = K0s.Cluster("x");
                    c.ForK0s(Environment.GetEnvironmentVariable("K0S") ?? "1.30");
                    c.Images(i => i.CoreDns(d => d.Version("v1 2")));
                    c.Network(n => n.KubeProxy(k => k.Mode(KubeProxyMode.Nftables)).PodCidr({|K0S101:"10.244.0.0/33"|}));
                    return c.Build();
            """));

    [Fact]
    public Task K0S808_at_a_call_whose_field_the_chosen_k0s_lacks()
        => Verify.Analyzer(Verify.Chain(".ForK0s(\"1.30\").Konnectivity(k => k.{|K0S808:ExternalAddress|}(\"konnectivity.example.com\"))"));

    [Fact]
    public Task A_traefik_image_for_a_k0s_before_1_36_is_K0S808_at_Traefik_and_K0S905_from_1_36()
        // k0s 1.35 drops the whole traefik block without a word (its image unchecked): K0S808 at Traefik, no K0S905.
        => Verify.Analyzer(Verify.Method("""
                    var old = K0s.Cluster("x").ForK0s("1.35")
                        .Network(n => n.NodeLocalLoadBalancing(l => l.{|K0S808:Traefik|}(t => t.Image(i => i.Image("traefik").Version("a b")))))
                        .Build();
                    return K0s.Cluster("x").ForK0s("1.36")
                        .Network(n => n.NodeLocalLoadBalancing(l => l.Type(NodeLocalLoadBalancingType.Traefik).Traefik(t => t.Image(i => i.Image("traefik").Version({|K0S905:"a b"|})))))
                        .Build();
            """));

    [Fact]
    public Task K0S808_from_the_build_property()
        => WithBuild(Verify.Chain(".Konnectivity(k => k.{|K0S808:ExternalAddress|}(\"konnectivity.example.com\"))"), "build_property.K0sVersion = 1.30.14\n").RunAsync();

    [Fact]
    public Task K0S808_silent_where_the_version_has_the_field()
        => WithBuild(Verify.Chain(".ForK0s(\"1.31\").Konnectivity(k => k.ExternalAddress(\"konnectivity.example.com\"))"), "build_property.K0sVersion = 1.30\n").RunAsync();

    [Fact]
    public Task K0sFeatureGates_turns_K0S205_into_what_k0s_does()
        => WithBuild(Verify.Chain(".Network(n => n.PodCidr(\"fd00::/108\").ServiceCidr(\"fd01::/108\"))"), "build_property.K0sFeatureGates = IPv6SingleStack=true\ndotnet_diagnostic.K0S305.severity = none\n").RunAsync();
}
