using K0sConfig.Yaml;

namespace K0sConfig.Rules.Tests;

/// <summary>
/// What each rule declares it reads (<see cref="Rule.Reads"/>), which the engine relies on to skip a rule when every value
/// it reads is unknown: a rule's findings are the same with every value it does not declare unknown, on every YAML file
/// of the tests and on random facts, and a rule whose values are all unknown says nothing.
/// </summary>
public class RuleReadsTests
{
    private static readonly string[] Versions = { "1.27", "1.30", "1.31", "1.33", "1.34.0", "1.34.1", "1.36.0", "1.36.1" };

    public static TheoryData<string> DeclaringRules()
    {
        var data = new TheoryData<string>();
        foreach (Rule rule in RuleEngine.All.Where(r => r.Reads != null))
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Only_the_rules_of_the_document_the_options_and_k0sctl_declare_no_reads()
    {
        // These read the document's problems, the options or k0sctl's facts, which are never unknown: they run on every
        // evaluation. A new rule of the ClusterConfig's fields must declare what it reads, or be added here with a reason.
        string[] undeclared = RuleEngine.All.Where(r => r.Reads == null).Select(r => r.Descriptor.Id).ToArray();
        string[] expected = RuleEngine.Catalogue.Select(d => d.Id)
            .Where(id => id.StartsWith("K0S8", StringComparison.Ordinal) || id.StartsWith("K0S94", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(expected, undeclared);
    }

    [Fact]
    public void Every_declared_path_is_one_a_fact_is_read_at()
    {
        foreach (Rule rule in RuleEngine.All.Where(r => r.Reads != null))
        {
            foreach (string path in rule.Reads!)
            {
                Assert.True(RuleReads.UnknownTest(path) != null, rule.Descriptor.Id + " declares " + path + ", where no fact is read.");
                Assert.Contains(path, RuleReads.Paths);
            }

            int[] declared = RuleReads.Declared(rule) ?? throw new InvalidOperationException(rule.Descriptor.Id + "'s paths are not all read.");
            var memo = default(RuleReads.Memo);
            Assert.False(RuleReads.SeesAny(declared, ClusterFacts.AllUnknown(), ref memo), rule.Descriptor.Id + " would run on facts that are all unknown.");
            memo = default;
            Assert.True(RuleReads.SeesAny(declared, new ClusterFacts(), ref memo), rule.Descriptor.Id + " would be skipped on facts that are all unset.");
        }

        Assert.Equal(RuleReads.Paths.Count, RuleReads.Paths.Distinct(StringComparer.Ordinal).Count());
        Assert.True(RuleReads.Paths.Count <= RuleReads.Memo.Capacity, RuleReads.Paths.Count.ToInvariant() + " paths: make RuleReads.Memo hold more.");
    }

    [Fact]
    public void Making_a_path_unknown_is_what_its_test_reads_as_unknown()
    {
        ClusterFacts facts = RandomFacts(new Random(7), unknownShare: 0);
        foreach (string path in RuleReads.Paths)
        {
            Assert.False(RuleReads.UnknownTest(path)!(new ClusterFacts()), path + " reads as unknown in new facts, where it is unset.");
            RuleReads.MakeUnknown(facts, path);
            Assert.True(RuleReads.UnknownTest(path)!(facts), path + " does not read as unknown after it was made unknown.");
        }

        Assert.Throws<ArgumentException>(() => RuleReads.MakeUnknown(facts, "spec.nowhere"));
        Assert.Null(RuleReads.UnknownTest("spec.nowhere"));
    }

    [Theory]
    [MemberData(nameof(DeclaringRules))]
    public void A_rule_whose_values_are_all_unknown_says_nothing(string id)
    {
        Rule rule = RuleEngine.All.Single(r => r.Descriptor.Id == id);
        foreach (ValidationOptions options in AllOptions())
        {
            Assert.Empty(Run(rule, ClusterFacts.AllUnknown(), options));
        }
    }

    [Theory]
    [MemberData(nameof(DeclaringRules))]
    public void A_rule_finds_the_same_on_random_facts_with_every_value_it_does_not_declare_unknown(string id)
    {
        Rule rule = RuleEngine.All.Single(r => r.Descriptor.Id == id);
        var random = new Random(20261205);
        int fired = 0;
        for (int i = 0; i < 3000; i++)
        {
            ClusterFacts facts = RandomFacts(random, unknownShare: 0.15);
            var options = new ValidationOptions(
                random.Next(3) switch { 0 => 110, 1 => 250, _ => 4000 },
                K0sVersion.Parse(Versions[random.Next(Versions.Length)]),
                random.Next(3) switch { 0 => true, 1 => false, _ => null });
            fired += AssertSameWithOnlyDeclared(rule, facts, options, "random facts #" + i.ToInvariant());
        }

        // The facts make most rules fire somewhere: the comparison compares findings, not two empty lists. The rules of
        // lists of sections, which random facts leave alone, are checked on the YAML files.
        if (!rule.Reads!.Any(p => ClusterFacts.ItemListPaths.Contains(p) || ClusterFacts.SectionPaths.Contains(p)))
        {
            Assert.True(fired > 0, id + " never fired on 3,000 random facts.");
        }
    }

    [Fact]
    public void Every_rule_finds_the_same_on_the_tests_YAML_files_with_every_value_it_does_not_declare_unknown()
    {
        var firedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        int documents = 0;
        foreach (string file in YamlFiles())
        {
            YamlReadResult read = ClusterConfigYaml.Read(File.ReadAllBytes(file), file);
            foreach (YamlConfigDocument document in read.Documents)
            {
                documents++;
                foreach (Rule rule in RuleEngine.All.Where(r => r.Reads != null))
                {
                    foreach (ValidationOptions options in new[] { document.OptionsFor(null), new ValidationOptions(110, K0sVersion.Oldest), new ValidationOptions(110, K0sVersion.Parse("1.34.0")) })
                    {
                        int fired = AssertSameWithOnlyDeclared(rule, document.Facts, options, file);
                        firedBy[rule.Descriptor.Id] = firedBy.GetValueOrDefault(rule.Descriptor.Id) + fired;
                    }
                }
            }
        }

        Assert.True(documents > 1000, "Only " + documents.ToInvariant() + " documents read.");

        // Most rules fire on some file, so the comparison is of findings; the others fire on random facts (above).
        Assert.True(firedBy.Count(e => e.Value > 0) >= 30, "Rules that fired on the YAML files: " + string.Join(", ", firedBy.Where(e => e.Value > 0).Select(e => e.Key)));
        foreach (string id in new[] { RuleIds.InvalidPatch, RuleIds.HelmChartInvalid, RuleIds.WorkerProfileName, RuleIds.InvalidImage, RuleIds.ExternalEtcdCluster, RuleIds.VrrpVirtualRouterId })
        {
            Assert.True(firedBy.GetValueOrDefault(id) > 0, id + " never fired on the YAML files.");
        }
    }

    [Fact]
    public void The_engine_skips_a_rule_whose_values_are_all_unknown_and_runs_it_when_one_is_known()
    {
        ClusterFacts facts = ClusterFacts.AllUnknown();
        facts.ApiPort = Fact<long>.Known(70000, "port");
        var memo = default(RuleReads.Memo);
        Assert.True(RuleReads.SeesAny(RuleReads.Declared(RuleEngine.All.Single(r => r.Descriptor.Id == RuleIds.PortOutOfRange))!, facts, ref memo));
        Assert.False(RuleReads.SeesAny(RuleReads.Declared(RuleEngine.All.Single(r => r.Descriptor.Id == RuleIds.InvalidCidr))!, facts, ref memo));
        Assert.True(facts.StartedUnknown);
        Assert.False(new ClusterFacts().StartedUnknown);
        IReadOnlyList<Finding> findings = RuleEngine.Evaluate(facts);
        Finding port = Assert.Single(findings);
        Assert.Equal(RuleIds.PortOutOfRange, port.RuleId);
        Assert.Equal(FieldPaths.ApiPort, port.Path);

        // One value known among many unknown: the rules that read it run (here, every rule of the network view).
        facts = ClusterFacts.AllUnknown();
        facts.PodCidr = Fact<string>.Known("10.0.0.0/33", "pod");
        Assert.Contains(RuleEngine.Evaluate(facts), f => f.RuleId == RuleIds.InvalidCidr && Equals(f.Origin, "pod"));
    }

    /// <summary>Compares the rule's findings on the facts with those on a copy in which every value it does not declare is unknown; returns how many it found.</summary>
    private static int AssertSameWithOnlyDeclared(Rule rule, ClusterFacts facts, ValidationOptions options, string where)
    {
        ClusterFacts only = facts.Copy();
        foreach (string path in RuleReads.Paths)
        {
            if (!rule.Reads!.Contains(path))
            {
                RuleReads.MakeUnknown(only, path);
            }
        }

        string[] all = Run(rule, facts, options).Select(Show).ToArray();
        string[] declared = Run(rule, only, options).Select(Show).ToArray();
        if (!all.SequenceEqual(declared))
        {
            Assert.Fail(rule.Descriptor.Id + " reads a value it does not declare (" + where + ", k0s " + options.Version + "):\n  with every value: "
                + string.Join("\n    ", all) + "\n  with its declared values alone: " + string.Join("\n    ", declared));
        }

        return all.Length;
    }

    private static List<Finding> Run(Rule rule, ClusterFacts facts, ValidationOptions options)
    {
        // The rule itself, not the engine, which would skip it when its values are unknown.
        var findings = new List<Finding>();
        rule.Evaluate(new RuleContext(facts, options, findings));
        return findings;
    }

    // Not the fixes: a rule offers a fix only when the whole configuration after it has no new problem (RuleContext.Fixes
    // runs every rule), so which fixes come with a finding may depend on any value. Whether there is a finding does not.
    private static string Show(Finding f)
        => f.RuleId + " " + f.Severity + " " + f.Path + " @" + f.Origin + " " + f.Message + " [" + string.Join(", ", f.AdditionalPaths) + "]";

    private static IEnumerable<ValidationOptions> AllOptions()
    {
        foreach (string version in Versions)
        {
            foreach (bool? ipv6 in new bool?[] { null, true, false })
            {
                yield return new ValidationOptions(110, K0sVersion.Parse(version), ipv6);
            }
        }

        yield return ValidationOptions.Default;
    }

    private static IEnumerable<string> YamlFiles()
        => Directory.EnumerateFiles(Path.Combine(T.RepositoryRoot(), "tests"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static readonly string[] Texts =
    {
        "10.244.0.0/16", "10.96.0.0/12", "10.0.0.0/8", "10.96.0.0/16", "192.168.0.0/30", "10.0.0.1/24", "10.0.0.0/33", "not-a-cidr",
        "fd00::/108", "fd01::/108", "fd00::/48", "fd00::/120", "fd00::1/64", "2001:db8::/32", "10.0.0.0/24", "10.96.0.0/31", "10.96.0.0/32", "fd01::/127", "fd01::/128", "eth0",
        "10.0.0.1", "192.168.1.10", "0.0.0.0", "::", "::1", "2001:db8::1", "k8s.example.com", "bad_host!", "",
        "0.0.0.0:10256", "[::]:10249", "127.0.0.1:99999", "cluster.local", "a..b", "UPPER.local",
        "kuberouter", "calico", "custom", "bogus", "IPv4", "IPv6", "ipv6", "vxlan", "bird", "ipip",
        "iptables", "ipvs", "nftables", "userspace", "EnvoyProxy", "Traefik", "Keepalived", "Always", "Never", "IfNotPresent",
    };

    private static readonly long[] Ints = { 0, -1, 1, 24, 31, 32, 33, 64, 120, 127, 6443, 9443, 8132, 65535, 70000, 99999999999 };

    private static readonly string[] ArgKeys =
    {
        "node-cidr-mask-size", "node-cidr-mask-size-ipv4", "node-cidr-mask-size-ipv6", "service-cluster-ip-range", "cluster-cidr",
        "allocate-node-cidrs", "--node-cidr-mask-size", "v", "feature-gates", "cluster-dns",
    };

    private static readonly string[] ArgValues = { "24", "16", "64", "120", "33", "x", "10.0.0.0/16", "fd00::/108", "true", "IPv6DualStack=true" };

    /// <summary>Facts whose every catalogue field, extraArgs map and provider block is unset, unknown or a value from the pools.</summary>
    private static ClusterFacts RandomFacts(Random random, double unknownShare)
    {
        var facts = new ClusterFacts();
        foreach (string path in ClusterFacts.TextFactPaths)
        {
            string[] pool = FieldCatalogue.Find(path) is { EnumValues.Count: > 0 } field && random.Next(2) == 0 ? field.EnumValues.Append("bogus").ToArray() : Texts;
            ClusterFacts.TextSetter(path)!(facts, Pick(random, unknownShare, () => pool[random.Next(pool.Length)], "o:" + path));
        }

        foreach (string path in ClusterFacts.IntFactPaths)
        {
            ClusterFacts.IntSetter(path)!(facts, Pick(random, unknownShare, () => Ints[random.Next(Ints.Length)], "o:" + path));
        }

        foreach (string path in ClusterFacts.BoolFactPaths)
        {
            ClusterFacts.BoolSetter(path)!(facts, Pick(random, unknownShare, () => random.Next(2) == 0, "o:" + path));
        }

        foreach (string path in ClusterFacts.ListFactPaths)
        {
            ClusterFacts.ListSetter(path)!(facts, Pick<IReadOnlyList<Fact<string>>>(
                random,
                unknownShare,
                () => Enumerable.Range(0, random.Next(4)).Select(i => Fact<string>.Known(Texts[random.Next(Texts.Length)], "o:" + path + "[" + i.ToInvariant() + "]")).ToArray(),
                "o:" + path));
        }

        facts.ReplacedProvider = Pick(random, unknownShare, () => Texts[30 + random.Next(4)], "o:replaced");
        facts.CalicoSettings = Pick(random, unknownShare, () => random.Next(2) == 0, "o:calico");
        facts.KubeRouterSettings = Pick(random, unknownShare, () => random.Next(2) == 0, "o:kuberouter");
        facts.VrrpInstances = Pick<IReadOnlyList<VrrpInstanceFacts>>(random, unknownShare, () => Enumerable.Range(0, random.Next(4)).Select(i => RandomInstance(random, unknownShare, "o:vrrp[" + i.ToInvariant() + "]")).ToArray(), "o:vrrp");
        facts.VirtualServers = Pick<IReadOnlyList<VirtualServerFacts>>(random, unknownShare, () => Enumerable.Range(0, random.Next(4)).Select(i => RandomServer(random, unknownShare, "o:vs[" + i.ToInvariant() + "]")).ToArray(), "o:vs");
        facts.ControllerManagerExtraArgs = RandomArgs(random, unknownShare, "cm");
        facts.ApiExtraArgs = RandomArgs(random, unknownShare, "api");
        facts.KubeProxyExtraArgs = RandomArgs(random, unknownShare, "proxy");
        facts.KubeRouterExtraArgs = RandomArgs(random, unknownShare, "router");
        return facts;
    }

    private static VrrpInstanceFacts RandomInstance(Random random, double unknownShare, string at) => new()
    {
        Origin = at,
        VirtualIPs = Pick<IReadOnlyList<Fact<string>>>(random, unknownShare, () => Enumerable.Range(0, random.Next(3)).Select(i => Fact<string>.Known(Texts[random.Next(Texts.Length)], at + ".vip" + i.ToInvariant())).ToArray(), at + ".vips"),
        Interface = Pick(random, unknownShare, () => new[] { "eth0", "00:11:22:33:44:55", "" }[random.Next(3)], at + ".interface"),
        VirtualRouterId = Pick(random, unknownShare, () => new long[] { 0, 1, 51, 255, 256, -1 }[random.Next(6)], at + ".id"),
        AdvertIntervalSeconds = Pick(random, unknownShare, () => new long[] { 0, 1, -1 }[random.Next(3)], at + ".interval"),
        AuthPass = Pick(random, unknownShare, () => new[] { "", "secret", "longer-than-eight" }[random.Next(3)], at + ".pass"),
        UnicastPeers = Pick<IReadOnlyList<Fact<string>>>(random, unknownShare, () => Enumerable.Range(0, random.Next(3)).Select(i => Fact<string>.Known(Texts[random.Next(Texts.Length)], at + ".peer" + i.ToInvariant())).ToArray(), at + ".peers"),
        UnicastSourceIP = Pick(random, unknownShare, () => Texts[random.Next(Texts.Length)], at + ".source"),
        AddressLabel = Pick(random, unknownShare, () => new[] { 0L, 5L, 0xffffffffL, 1L << 32 }[random.Next(4)], at + ".label"),
    };

    private static VirtualServerFacts RandomServer(Random random, double unknownShare, string at) => new()
    {
        Origin = at,
        IPAddress = Pick(random, unknownShare, () => Texts[random.Next(Texts.Length)], at + ".ip"),
        DelayLoop = Pick(random, unknownShare, () => new[] { TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromTicks(1), TimeSpan.FromSeconds(-1) }[random.Next(4)], at + ".delay"),
        LbAlgo = Pick(random, unknownShare, () => new[] { "", "rr", "bogus" }[random.Next(3)], at + ".algo"),
        LbKind = Pick(random, unknownShare, () => new[] { "", "DR", "NAT", "bogus" }[random.Next(4)], at + ".kind"),
        PersistenceTimeoutSeconds = Pick(random, unknownShare, () => new long[] { 0, 1, 2678401, -5, 99999999999 }[random.Next(5)], at + ".timeout"),
    };

    private static Fact<TValue> Pick<TValue>(Random random, double unknownShare, Func<TValue> value, string origin)
    {
        double roll = random.NextDouble();
        return roll < unknownShare ? Fact<TValue>.Unknown(origin) : roll < 0.4 ? Fact<TValue>.Unset : Fact<TValue>.Known(value(), origin);
    }

    private static ExtraArgsFacts RandomArgs(Random random, double unknownShare, string map)
    {
        double roll = random.NextDouble();
        if (roll < unknownShare)
        {
            return ExtraArgsFacts.Unknown;
        }

        var entries = new Dictionary<string, ExtraArgFact>(StringComparer.Ordinal);
        for (int i = random.Next(4); i > 0; i--)
        {
            string key = ArgKeys[random.Next(ArgKeys.Length)];
            var value = random.Next(8) == 0 ? Fact<string>.Unknown("o:" + map + "." + key) : Fact<string>.Known(ArgValues[random.Next(ArgValues.Length)], "o:" + map + "." + key);
            entries[key] = new ExtraArgFact(value, random.Next(2) == 0 ? ExtraArgSource.ExtraArg : ExtraArgSource.TypedHelper, "k:" + map + "." + key);
        }

        return new ExtraArgsFacts(entries, isComplete: random.Next(4) != 0);
    }
}
