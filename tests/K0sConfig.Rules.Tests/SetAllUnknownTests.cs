using System.Reflection;

namespace K0sConfig.Rules.Tests;

/// <summary><see cref="ClusterFacts.SetAllUnknown"/>: one instance serves one check after another, so nothing may stay from the last.</summary>
public class SetAllUnknownTests
{
    private static IEnumerable<PropertyInfo> Properties() =>
        typeof(ClusterFacts).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    /// <summary>A known value for every property, whatever its type, so that a property the reset forgets shows.</summary>
    private static ClusterFacts AllKnown()
    {
        var facts = new ClusterFacts();
        foreach (PropertyInfo property in Properties())
        {
            Type type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Fact<>))
            {
                Type valueType = type.GetGenericArguments()[0];
                object? value = valueType == typeof(string) ? "x" : valueType.IsValueType ? Activator.CreateInstance(valueType) : null;
                property.SetValue(facts, type.GetMethod(nameof(Fact<int>.Known))!.Invoke(null, new[] { value, "origin" }));
            }
            else if (type == typeof(ExtraArgsFacts))
            {
                property.SetValue(facts, new ExtraArgsFacts(new Dictionary<string, ExtraArgFact> { ["v"] = new ExtraArgFact(Fact<string>.Known("2", "origin"), ExtraArgSource.ExtraArg) }, isComplete: true));
            }
            else if (type == typeof(IReadOnlyList<DocumentProblem>))
            {
                property.SetValue(facts, new[] { new DocumentProblem(DocumentProblemKind.UnknownKey, "spec.x", "x", "detail", ignoredByK0s: false, origin: "origin") });
            }
            else if (type == typeof(K0sctlFacts))
            {
                property.SetValue(facts, new K0sctlFacts { Kind = Fact<string>.Known("Cluster", "origin") });
            }
            else
            {
                throw new InvalidOperationException($"ClusterFacts.{property.Name} has a type ({type}) this test cannot fill: teach it, and SetAllUnknown, that type.");
            }
        }

        return facts;
    }

    [Fact]
    public void Every_property_of_a_used_instance_is_unknown_again()
    {
        ClusterFacts facts = AllKnown();
        Assert.Contains(Properties(), p => p.PropertyType == typeof(Fact<string>) && ((Fact<string>)p.GetValue(facts)!).IsKnown);

        Assert.Same(facts, facts.SetAllUnknown());

        foreach (PropertyInfo property in Properties())
        {
            object? value = property.GetValue(facts);
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(Fact<>))
            {
                Assert.True((bool)property.PropertyType.GetProperty(nameof(Fact<int>.IsUnknown))!.GetValue(value)!, $"{property.Name} is not unknown after SetAllUnknown");
            }
            else if (value is ExtraArgsFacts args)
            {
                Assert.Same(ExtraArgsFacts.Unknown, args);
            }
            else if (property.PropertyType == typeof(K0sctlFacts))
            {
                Assert.Null(value);
            }
            else
            {
                Assert.Empty((IReadOnlyList<DocumentProblem>)value!);
            }
        }
    }

    [Fact]
    public void AllUnknown_is_a_new_instance_reset()
    {
        ClusterFacts a = ClusterFacts.AllUnknown();
        Assert.NotSame(a, ClusterFacts.AllUnknown());
        Assert.True(a.PodCidr.IsUnknown);
        Assert.Same(ExtraArgsFacts.Unknown, a.ApiExtraArgs);
    }
}
