using Microsoft.CodeAnalysis.Testing;

namespace K0sConfig.Analyzers.Tests;

/// <summary>
/// For every rule (<see cref="RuleCases"/>): it fires at the exact span with the expected severity, and it is
/// silent for a valid value and for the same code with the value held by something that is not a constant
/// (a parameter, a field, a static readonly field, a local variable, a method call).
/// </summary>
public class RuleTests
{
    [Theory]
    [MemberData(nameof(RuleCases.Names), MemberType = typeof(RuleCases))]
    public Task Fires_at_the_value(string name)
    {
        RuleCase c = RuleCases.Get(name);
        return Run(c, c.Firing, c.Expected);
    }

    [Theory]
    [MemberData(nameof(RuleCases.WithValid), MemberType = typeof(RuleCases))]
    public Task Is_silent_for_a_valid_value(string name)
    {
        RuleCase c = RuleCases.Get(name);
        return Run(c, c.Valid!);
    }

    [Theory]
    [MemberData(nameof(RuleCases.NonConstant), MemberType = typeof(RuleCases))]
    public Task Is_silent_when_the_value_is_not_a_constant(string name, string holder)
    {
        RuleCase c = RuleCases.Get(name);
        return Run(c, c.Template!.Replace("@@", holder, StringComparison.Ordinal));
    }

    /// <summary>The non-constant tests must test the firing code, with only the value's holder changed.</summary>
    [Theory]
    [MemberData(nameof(RuleCases.Names), MemberType = typeof(RuleCases))]
    public void Template_is_the_firing_code_with_the_value_replaced(string name)
    {
        RuleCase c = RuleCases.Get(name);
        if (c.Template == null)
        {
            Assert.DoesNotContain("@@", c.Firing, StringComparison.Ordinal);
            return;
        }

        Assert.Contains(c.Bad, Verify.StripMarkup(c.Firing), StringComparison.Ordinal);
        Assert.Equal(Verify.StripMarkup(c.Firing), c.Template.Replace("@@", c.Bad, StringComparison.Ordinal));
    }

    private static Task Run(RuleCase c, string chain, params DiagnosticResult[] expected)
    {
        Verify.Test test = Verify.Create(c.Source(chain), includeCapacity: c.Capacity);
        test.DisabledDiagnostics.AddRange(c.Disabled);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
