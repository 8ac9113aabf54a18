using System.Reflection;
using K0sConfig.Rules;
using K0sConfig.Yaml;

namespace K0sConfig.Tests;

/// <summary>
/// The front ends cover the same fields: for every field the rules read that a builder method writes (the catalogue's
/// fact= and method= columns), the builder's facts (ConfigFacts) and the facts the YAML reader takes from the builder's
/// ToYaml() both hold the value the method was given, at the field's ClusterFacts property. The analyzer maps the same
/// methods to the same fields from the same catalogue column.
/// </summary>
public class FactProducerTests
{
    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (string path in FactPaths().Where(p => FieldCatalogue.Find(p)!.BuilderMethod != null && !FieldCatalogue.BuilderMethodIsShared(p)))
        {
            data.Add(path);
        }

        return data;
    }

    [Fact]
    public void Every_field_the_rules_read_is_written_by_one_builder_method_or_is_one_of_the_few_no_method_writes_alone()
    {
        string[] noMethodAlone = FactPaths().Where(p => FieldCatalogue.Find(p)!.BuilderMethod == null || FieldCatalogue.BuilderMethodIsShared(p)).ToArray();
        Assert.Equal(
            new[]
            {
                FieldPaths.EnvoyProxyApiServerBindPort, FieldPaths.EnvoyProxyKonnectivityServerBindPort, FieldPaths.Provider,
                FieldPaths.TraefikApiServerBindPort, FieldPaths.TraefikKonnectivityServerBindPort,

                // ImagePullPolicy: one method for both proxies.
                FieldPaths.EnvoyProxyImagePullPolicy, FieldPaths.TraefikImagePullPolicy,

                // The storage extension k0s 1.31 and later ignore: read from YAML only (K0S910).
                FieldPaths.ExtensionsStorageType, FieldPaths.ExtensionsStorageDefaultClass,
            }.OrderBy(p => p, StringComparer.Ordinal),
            noMethodAlone.OrderBy(p => p, StringComparer.Ordinal));
        Assert.True(Fields().Count >= 20);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void The_builder_and_the_YAML_reader_give_the_field_the_value_its_builder_method_writes(string path)
    {
        CatalogueField field = FieldCatalogue.Find(path)!;
        string[] method = field.BuilderMethod!.Split('.');
        Type builderType = typeof(K0s).Assembly.GetType("K0sConfig." + method[0])!;
        MethodInfo setter = builderType.GetMethods().Single(m => m.Name == method[1] && m.DeclaringType == builderType);
        (object argument, object expected) = Sample(field, setter.GetParameters()[0].ParameterType);

        ClusterConfigBuilder builder = K0s.Cluster("k0s");
        Chain(builderType, b =>
        {
            // DualStack(...) turns dual-stack on, which needs both IPv6 ranges: one range alone is written with it off.
            if (b is DualStackBuilder dualStack)
            {
                dualStack.Enabled(false);
            }

            setter.Invoke(b, new[] { argument });
        })(builder);
        ClusterConfig config = builder.Build();

        PropertyInfo property = typeof(ClusterFacts).GetProperty(PropertyName(path))!;
        ClusterFacts fromBuilder = ConfigFacts.From(config.Api, config.Network, config.ControllerManager, config.Sections);
        ClusterFacts fromYaml = Assert.Single(ClusterConfigYaml.Read(config.ToYaml(), "k0s.yaml").Documents).Facts;
        Assert.Equal(expected, ValueOf(property.GetValue(fromBuilder)!));
        Assert.Equal(expected, ValueOf(property.GetValue(fromYaml)!));
    }

    private static IEnumerable<string> FactPaths()
        => ClusterFacts.TextFactPaths.Concat(ClusterFacts.IntFactPaths).Concat(ClusterFacts.BoolFactPaths).Concat(ClusterFacts.ListFactPaths);

    /// <summary>The FieldPaths constant (and ClusterFacts property) that names <paramref name="path"/>.</summary>
    private static string PropertyName(string path)
        => typeof(FieldPaths).GetFields(BindingFlags.Public | BindingFlags.Static).Single(f => f.IsLiteral && (string)f.GetRawConstantValue()! == path).Name;

    /// <summary>A valid value for the field, as the method takes it and as the rules read it.</summary>
    private static (object Argument, object Expected) Sample(CatalogueField field, Type parameter)
    {
        if (parameter.IsEnum)
        {
            object member = Enum.GetValues(parameter).GetValue(0)!;
            string spelling = parameter.GetField(member.ToString()!)!.GetCustomAttribute<System.Runtime.Serialization.EnumMemberAttribute>()!.Value!;
            return (member, spelling);
        }

        if (parameter == typeof(string[]))
        {
            string entry = field.Path.EndsWith(".sans", StringComparison.Ordinal) ? "k8s.example.com" : "10.0.0.0/8";
            return (new[] { entry }, "[" + entry + "]");
        }

        return parameter == typeof(int) ? (field.Kind == FieldKind.Port ? 7000 : 14, field.Kind == FieldKind.Port ? 7000L : 14L)
            : parameter == typeof(bool) ? (false, false)
            : field.Kind switch
            {
                FieldKind.Cidr when field.Path.Contains("IPv6pod", StringComparison.Ordinal) => ("fd00::/108", "fd00::/108"),
                FieldKind.Cidr when field.Path.Contains("IPv6service", StringComparison.Ordinal) => ("fd01::/108", "fd01::/108"),
                FieldKind.Cidr when field.Path.EndsWith("serviceCIDR", StringComparison.Ordinal) => ("10.96.0.0/16", "10.96.0.0/16"),
                FieldKind.Cidr => ("10.240.0.0/16", "10.240.0.0/16"),
                FieldKind.IP => ("10.0.0.1", "10.0.0.1"),
                FieldKind.DnsName => ("cluster.example", "cluster.example"),
                FieldKind.Address when field.DefaultIn(FieldCatalogue.LastMinor) is string address => (address, address),
                _ => ("k8s.example.com", "k8s.example.com"),
            };
    }

    /// <summary>What a fact holds, for comparing: a list as its entries' values.</summary>
    private static object ValueOf(object fact)
    {
        Type type = fact.GetType();
        Assert.Equal(FactState.Known, (FactState)type.GetProperty("State")!.GetValue(fact)!);
        object value = type.GetProperty("Value")!.GetValue(fact)!;
        return value is IReadOnlyList<Fact<string>> list ? "[" + string.Join(",", list.Select(e => e.Value)) + "]" : value;
    }

    /// <summary>
    /// A callback on the configuration that reaches a <paramref name="target"/> builder through the builder methods
    /// that take a callback (<c>Network(n => n.KubeProxy(p => p.Ipvs(i => ...)))</c>) and applies <paramref name="write"/> there.
    /// </summary>
    private static Action<object> Chain(Type target, Action<object> write)
    {
        var paths = new Dictionary<Type, List<MethodInfo>> { [typeof(ClusterConfigBuilder)] = new() };
        var queue = new Queue<Type>(new[] { typeof(ClusterConfigBuilder) });
        while (queue.Count > 0 && !paths.ContainsKey(target))
        {
            Type current = queue.Dequeue();
            foreach (MethodInfo method in current.GetMethods().Where(m => m.DeclaringType == current).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                if (method.GetParameters() is [{ ParameterType: { IsGenericType: true } callback }]
                    && callback.GetGenericTypeDefinition() == typeof(Action<>)
                    && callback.GetGenericArguments()[0] is Type next && !paths.ContainsKey(next))
                {
                    paths[next] = new List<MethodInfo>(paths[current]) { method };
                    queue.Enqueue(next);
                }
            }
        }

        Action<object> apply = write;
        foreach (MethodInfo method in Enumerable.Reverse(paths[target]))
        {
            Action<object> inner = apply;
            Type parameter = method.GetParameters()[0].ParameterType.GetGenericArguments()[0];
            Delegate callback = (Delegate)typeof(FactProducerTests).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(parameter).Invoke(null, new object[] { inner })!;
            apply = b => method.Invoke(b, new object[] { callback });
        }

        return apply;
    }

    private static Action<T> Typed<T>(Action<object> inner) => value => inner(value!);
}
