using System.Collections.Generic;
using K0sConfig.Rules;
using static K0sConfig.Rules.Tests.T;

namespace K0sConfig.Rules.Tests.Rules;

/// <summary>
/// K0S801–K0S804: how a YAML document is written. The rules only read <see cref="ClusterFacts.DocumentProblems"/>;
/// the YAML reader that finds the problems is tested in K0sConfig.Tests (YamlReaderTests).
/// </summary>
public class K0S8xxTests
{
    private static readonly object Here = new();

    internal static ClusterFacts With(params DocumentProblem[] problems) => Facts(f => f.DocumentProblems = problems);

    // ---------------------------------------------------------------- K0S801 unknown key

    [Fact]
    public void K0S801_fires_as_an_error_where_k0s_rejects_and_a_warning_where_it_ignores()
    {
        IReadOnlyList<Finding> findings = Evaluate(With(
            new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.controlerManager", "controlerManager", "controllerManager", false, Here),
            new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.api.adress", "adress", "address", true, Here),
            new DocumentProblem(DocumentProblemKind.UnknownKey, "bogus", "bogus", string.Empty, false, Here)));

        findings.At("K0S801", "spec.controlerManager").Is(
            "K0S801", "spec.controlerManager", FindingSeverity.Error,
            "spec has no field 'controlerManager'", "k0s rejects the configuration (\"json: unknown field \"controlerManager\"\")", "Did you mean 'controllerManager'?");
        Finding ignored = findings.At("K0S801", "spec.api.adress").Is("K0S801", "spec.api.adress", FindingSeverity.Warning, "spec.api has no field 'adress'", "k0s ignores the key", "Did you mean 'address'?");
        Assert.Same(Here, ignored.Origin);
        findings.At("K0S801", "bogus").Is("K0S801", "bogus", FindingSeverity.Error, "The ClusterConfig has no field 'bogus'", "Remove the key");
    }

    [Fact]
    public void K0S801_silent_without_document_problems()
    {
        Evaluate(new ClusterFacts()).None(RuleIds.UnknownKey);
        Evaluate(With(new DocumentProblem(DocumentProblemKind.WrongType, "spec.api.port", "'x'", "integer", false, Here))).None(RuleIds.UnknownKey);
    }

    [Fact]
    public void K0S801_unknown_facts_have_no_document_problems()
        => Evaluate(ClusterFacts.AllUnknown()).None(RuleIds.UnknownKey);

    // ---------------------------------------------------------------- K0S802 wrong type

    [Fact]
    public void K0S802_fires_with_what_the_field_takes_and_the_fix()
    {
        IReadOnlyList<Finding> findings = Evaluate(With(
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.api.port", "the quoted text '6443'", "integer", false, Here),
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.api.sans", "'10.0.0.1'", "array", false, Here),
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.network.dualStack.enabled", "'maybe'", "boolean", false, Here),
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.konnectivity.adminPort", "the quoted text 'eighty'", "integer", false, Here),
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.konnectivity.agentPort", "the number 8132.5", "integer", false, Here),
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.network.podCIDR", "the number .inf", "finite", false, Here),
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.network.<<", "'5'", "merge", false, Here)));

        // A quoted whole number loses its quotes; a fraction is not rounded; anything else gets an example.
        findings.At("K0S802", "spec.api.port").Is("K0S802", "spec.api.port", FindingSeverity.Error, "spec.api.port is the quoted text '6443', but the field takes a whole number", "Write 6443 without quotes.");
        findings.At("K0S802", "spec.konnectivity.adminPort").Is("K0S802", "spec.konnectivity.adminPort", FindingSeverity.Error, "takes a whole number", "Write a whole number without quotes, such as 6443.");
        findings.At("K0S802", "spec.konnectivity.agentPort").Is("K0S802", "spec.konnectivity.agentPort", FindingSeverity.Error, "takes a whole number", "Write a whole number, such as 8132: k0s does not round.");
        findings.At("K0S802", "spec.network.<<").Is("K0S802", "spec.network.<<", FindingSeverity.Error, "takes a mapping, or a list of mappings, to merge in", "Merge a mapping (<<: *anchor, with the anchor on a mapping), or remove the key.");
        findings.At("K0S802", "spec.network.podCIDR").Is("K0S802", "spec.network.podCIDR", FindingSeverity.Error, "takes a value JSON can hold (JSON has no infinity or NaN)", "Quote it, \".inf\", if it is text; else write a finite number.");
        findings.At("K0S802", "spec.api.sans").Is("K0S802", "spec.api.sans", FindingSeverity.Error, "takes a list");
        findings.At("K0S802", "spec.network.dualStack.enabled").Is("K0S802", "spec.network.dualStack.enabled", FindingSeverity.Error, "takes true or false");
    }

    [Fact]
    public void K0S802_silent_for_other_problems()
        => Evaluate(With(new DocumentProblem(DocumentProblemKind.DuplicateKey, "spec.api.port", "port", "line 3", false, Here))).None(RuleIds.WrongType);

    [Fact]
    public void K0S802_unknown_facts_have_no_document_problems()
        => Evaluate(ClusterFacts.AllUnknown()).None(RuleIds.WrongType);

    // ---------------------------------------------------------------- K0S803 duplicate key

    [Fact]
    public void K0S803_fires_with_the_first_key_s_place()
        => Evaluate(With(new DocumentProblem(DocumentProblemKind.DuplicateKey, "spec.network.podCIDR", "\"podCIDR\"", "line 11", false, Here)))
            .One(RuleIds.DuplicateKey)
            .Is("K0S803", "spec.network.podCIDR", FindingSeverity.Error, "spec.network.podCIDR is written twice (the first at line 11)", "key \"podCIDR\" already set in map", "Keep one of the two.");

    [Fact]
    public void K0S803_silent_for_other_problems()
        => Evaluate(With(new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.x", "x", string.Empty, false, Here))).None(RuleIds.DuplicateKey);

    [Fact]
    public void K0S803_unknown_facts_have_no_document_problems()
        => Evaluate(ClusterFacts.AllUnknown()).None(RuleIds.DuplicateKey);

    // ---------------------------------------------------------------- K0S804 unreadable

    [Fact]
    public void K0S804_fires_with_the_reader_s_message_and_place()
        => Evaluate(Unknown(f => f.DocumentProblems = new[] { new DocumentProblem(DocumentProblemKind.Unreadable, string.Empty, "the file is empty", "line 1, column 1", false, Here) }))
            .One(RuleIds.UnreadableDocument)
            .Is("K0S804", string.Empty, FindingSeverity.Error, "k0s cannot read this file as a ClusterConfig: the file is empty (line 1, column 1).");

    [Fact]
    public void K0S804_silent_for_a_readable_document()
        => Evaluate(With(new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.x", "x", string.Empty, false, Here))).None(RuleIds.UnreadableDocument);

    [Fact]
    public void K0S804_unknown_facts_report_only_the_problem()
    {
        IReadOnlyList<Finding> findings = Evaluate(Unknown(f => f.DocumentProblems = new[] { new DocumentProblem(DocumentProblemKind.Unreadable, string.Empty, "x", "line 2, column 1", false, Here) }));
        Assert.Equal(new[] { "K0S804" }, findings.Select(f => f.RuleId));
    }

    // ---------------------------------------------------------------- K0S802 masked, K0S805 crash, K0S806 kind

    [Fact]
    public void K0S802_fires_as_a_warning_with_k0s_s_error_or_what_hides_it()
    {
        IReadOnlyList<Finding> findings = Evaluate(With(
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.scheduler.extraArgs.v", "the number 4", "string", false, Here, "json: cannot unmarshal number into Go struct field SchedulerSpec.spec.scheduler.extraArgs of type string"),
            new DocumentProblem(DocumentProblemKind.WrongType, "spec.controllerManager.extraArgs.v", "the boolean true", "string", true, Here, "the unknown key 'podSecurityPolicy' comes first")));

        findings.At("K0S802", "spec.scheduler.extraArgs.v").Is(
            "K0S802", "spec.scheduler.extraArgs.v", FindingSeverity.Error,
            "spec.scheduler.extraArgs.v is the number 4, but the field takes text, so k0s rejects the configuration (\"json: cannot unmarshal number into Go struct field SchedulerSpec.spec.scheduler.extraArgs of type string\"). Quote it, \"4\", so that YAML reads it as text.");
        findings.At("K0S802", "spec.controllerManager.extraArgs.v").Is(
            "K0S802", "spec.controllerManager.extraArgs.v", FindingSeverity.Warning,
            "takes text, so k0s drops the value without a word (the unknown key 'podSecurityPolicy' comes first)", "Quote it, \"true\"");
    }

    [Fact]
    public void K0S805_fires_with_what_crashes_k0s_and_why()
        => Evaluate(With(new DocumentProblem(DocumentProblemKind.K0sCrash, "spec.telemetry.interval", "the key 'interval'", "strictyaml reads the error it discarded", false, Here, "runtime error: invalid memory address or nil pointer dereference")))
            .One(RuleIds.K0sCrashes)
            .Is("K0S805", "spec.telemetry.interval", FindingSeverity.Error, "the key 'interval': k0s crashes while reading the configuration (\"panic: runtime error: invalid memory address or nil pointer dereference\"), because strictyaml reads the error it discarded.");

    [Fact]
    public void K0S805_silent_for_other_problems()
        => Evaluate(With(new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.interval", "interval", string.Empty, false, Here))).None(RuleIds.K0sCrashes);

    [Fact]
    public void K0S805_unknown_facts_have_no_document_problems()
        => Evaluate(ClusterFacts.AllUnknown()).None(RuleIds.K0sCrashes);

    [Fact]
    public void K0S806_fires_as_a_warning_for_another_kind_and_as_information_for_an_empty_file()
    {
        Finding kind = Evaluate(With(new DocumentProblem(DocumentProblemKind.NotClusterConfig, "kind", "kind 'Cluster'", string.Empty, true, Here))).One(RuleIds.NotClusterConfig);
        kind.Is("K0S806", "kind", FindingSeverity.Warning, "The document says kind 'Cluster', not apiVersion 'k0s.k0sproject.io/v1beta1' and kind 'ClusterConfig'; k0s checks neither and reads the document as a ClusterConfig anyway");
        Assert.Same(Here, kind.Origin);
        Evaluate(With(new DocumentProblem(DocumentProblemKind.NotClusterConfig, string.Empty, "nothing", "empty", true, Here))).One(RuleIds.NotClusterConfig)
            .Is("K0S806", string.Empty, FindingSeverity.Info, "The file holds no settings; k0s reads it as a ClusterConfig with every default");
    }

    [Fact]
    public void K0S806_silent_for_other_problems()
        => Evaluate(With(new DocumentProblem(DocumentProblemKind.UnknownKey, "kind2", "kind2", string.Empty, false, Here))).None(RuleIds.NotClusterConfig);

    [Fact]
    public void K0S806_unknown_facts_have_no_document_problems()
        => Evaluate(ClusterFacts.AllUnknown()).None(RuleIds.NotClusterConfig);

    [Fact]
    public void Document_problem_requires_its_texts()
    {
        Assert.Throws<ArgumentNullException>(() => new DocumentProblem(DocumentProblemKind.UnknownKey, null!, "x", string.Empty, false, null));
        Assert.Throws<ArgumentNullException>(() => new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.x", "x", string.Empty, false, null, null!));
        Assert.Equal(string.Empty, new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.x", "x", string.Empty, false, null).K0sError);
        Assert.Equal("UnknownKey spec.x: x", new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.x", "x", string.Empty, false, null).ToString());
    }
}
