using System.Reflection;

namespace K0sConfig.Rules.Tests;

/// <summary>
/// <see cref="ClusterFacts.AllKnownOrigins"/>: the analyzer skips checking a call on its own when every origin this visits
/// was checked already, so an origin it forgets would be a value never checked.
/// </summary>
public class AllKnownOriginsTests
{
    private static IEnumerable<PropertyInfo> FactProperties() =>
        typeof(ClusterFacts).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.PropertyType != typeof(IReadOnlyList<DocumentProblem>) && p.PropertyType != typeof(K0sctlFacts));

    public static TheoryData<string> Properties()
    {
        var data = new TheoryData<string>();
        foreach (PropertyInfo property in FactProperties())
        {
            data.Add(property.Name);
        }

        return data;
    }

    /// <summary>Facts where only <paramref name="name"/> holds a known value, written at <paramref name="origin"/>.</summary>
    private static ClusterFacts OnlyKnown(string name, object origin)
    {
        ClusterFacts facts = ClusterFacts.AllUnknown();
        PropertyInfo property = typeof(ClusterFacts).GetProperty(name)!;
        Type type = property.PropertyType;
        object value;
        if (type == typeof(ExtraArgsFacts))
        {
            value = new ExtraArgsFacts(new Dictionary<string, ExtraArgFact> { ["v"] = new ExtraArgFact(Fact<string>.Known("2", origin), ExtraArgSource.ExtraArg) }, isComplete: false);
        }
        else if (type == typeof(Fact<IReadOnlyList<VrrpInstanceFacts>>))
        {
            // The list's own origin is where it starts; what is checked is each entry's values.
            value = Fact<IReadOnlyList<VrrpInstanceFacts>>.Known(new[] { new VrrpInstanceFacts { Interface = Fact<string>.Known("eth0", origin) } }, "the list");
        }
        else if (type == typeof(Fact<IReadOnlyList<VirtualServerFacts>>))
        {
            value = Fact<IReadOnlyList<VirtualServerFacts>>.Known(new[] { new VirtualServerFacts { IPAddress = Fact<string>.Known("10.0.0.1", origin) } }, "the list");
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Fact<>))
        {
            Type valueType = type.GetGenericArguments()[0];
            object? known = valueType == typeof(string) ? "x" : valueType.IsValueType ? Activator.CreateInstance(valueType) : null;
            value = type.GetMethod(nameof(Fact<int>.Known))!.Invoke(null, new[] { known, origin })!;
        }
        else
        {
            throw new InvalidOperationException($"ClusterFacts.{name} has a type ({type}) this test cannot fill: teach it, and AllKnownOrigins, that type.");
        }

        property.SetValue(facts, value);
        return facts;
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Every_known_value_is_visited(string name)
    {
        var origin = new object();
        ClusterFacts facts = OnlyKnown(name, origin);

        var seen = new List<object>();
        Assert.True(facts.AllKnownOrigins(o =>
        {
            seen.Add(o);
            return true;
        }));
        Assert.Contains(origin, seen);
        Assert.False(facts.AllKnownOrigins(o => o != origin), $"{name}'s origin does not decide AllKnownOrigins");

        var added = new HashSet<object>();
        facts.AddKnownOrigins(added);
        Assert.Contains(origin, added);
    }

    [Fact]
    public void Nothing_known_passes_and_unknown_values_are_not_visited()
    {
        ClusterFacts facts = ClusterFacts.AllUnknown();
        facts.PodCidr = Fact<string>.Unknown("not a value");
        Assert.True(facts.AllKnownOrigins(_ => false));
    }

    [Fact]
    public void Stops_at_the_first_origin_that_fails()
    {
        ClusterFacts facts = ClusterFacts.AllUnknown();
        facts.PodCidr = Fact<string>.Known("10.244.0.0/16", "pod");
        facts.ServiceCidr = Fact<string>.Known("10.96.0.0/12", "service");
        int asked = 0;
        Assert.False(facts.AllKnownOrigins(_ =>
        {
            asked++;
            return false;
        }));
        Assert.Equal(1, asked);
    }
}
