using System;
using System.Collections.Generic;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// The k0sctl rules (K0S942–K0S948) on a k0sctl builder chain written out in one expression, from
    /// <c>K0sctl.Cluster(...)</c> to <c>.Build()</c> or <c>.Validate()</c>: each host lambda that is a plain chain of calls
    /// on its parameter is read (constants known, anything else unknown); a chain or lambda it cannot follow leaves what it
    /// touches unknown, so the rules that need it stay silent. Diagnostics go on the argument that holds the value.
    /// </summary>
    internal sealed class K0sctlChains
    {
        private static readonly string[] RoleSpellings = { K0sctlValues.Controller, K0sctlValues.Worker, K0sctlValues.ControllerWorker, K0sctlValues.Single };

        private readonly INamedTypeSymbol _start;
        private readonly INamedTypeSymbol _cluster;
        private readonly INamedTypeSymbol _host;
        private readonly INamedTypeSymbol _file;
        private readonly INamedTypeSymbol[] _connections;

        private K0sctlChains(INamedTypeSymbol start, INamedTypeSymbol cluster, INamedTypeSymbol host, INamedTypeSymbol file, INamedTypeSymbol[] connections)
        {
            _start = start;
            _cluster = cluster;
            _host = host;
            _file = file;
            _connections = connections;
        }

        /// <summary>The k0sctl builder's types, or null when the compilation's K0sConfig has none.</summary>
        public static K0sctlChains? Resolve(KnownSymbols symbols)
        {
            INamedTypeSymbol? Type(string name) => symbols.TypeNamed(name);
            INamedTypeSymbol? start = Type("K0sctl"), cluster = Type("K0sctlClusterBuilder"), host = Type("K0sctlHostBuilder"), file = Type("K0sctlFileBuilder");
            INamedTypeSymbol? ssh = Type("K0sctlSshBuilder"), winRM = Type("K0sctlWinRMBuilder"), openSsh = Type("K0sctlOpenSshBuilder");
            return start == null || cluster == null || host == null || file == null || ssh == null || winRM == null || openSsh == null
                ? null
                : new K0sctlChains(start, cluster, host, file, new[] { ssh, winRM, openSsh });
        }

        /// <summary>The invocation is <c>Build()</c> or <c>Validate()</c> of a k0sctl cluster builder: the end of a chain to read.</summary>
        public bool IsChainEnd(IInvocationOperation invocation)
            => (invocation.TargetMethod.Name == "Build" || invocation.TargetMethod.Name == "Validate")
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _cluster);

        /// <summary>Reads and checks the chain that <paramref name="context"/>'s invocation ends (one <see cref="IsChainEnd"/> accepted).</summary>
        public void OnInvocation(OperationAnalysisContext context)
        {
            // No catch: a bug shows as AD0001 with its stack trace, as Roslyn intends (the robustness tests keep it at zero).
            var end = (IInvocationOperation)context.Operation;

            var calls = new List<IInvocationOperation>();
            IOperation? current = end.Instance;
            while (current is IInvocationOperation call && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, _cluster))
            {
                calls.Add(call);
                current = call.Instance;
            }

            if (!(current is IInvocationOperation first && SymbolEqualityComparer.Default.Equals(first.TargetMethod.ContainingType, _start) && first.TargetMethod.Name == "Cluster"))
            {
                // Not a chain from K0sctl.Cluster(...) in this expression: a builder from elsewhere is unknown.
                return;
            }

            calls.Reverse();
            K0sctlFacts facts = Read(first, calls);
            ClusterFacts all = ClusterFacts.AllUnknown();
            all.K0sctl = facts;
            foreach (Finding finding in RuleEngine.Evaluate(all, null, r => r.Category == "K0sConfig.K0sctl"))
            {
                if (finding.Origin is Location location && location.IsInSource)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding.RuleId), location, Descriptors.ToRoslyn(finding.Severity), null, null, Descriptors.Arguments(finding, string.Empty)));
                }
            }
        }

        private K0sctlFacts Read(IInvocationOperation start, List<IInvocationOperation> calls)
        {
            var hosts = new List<K0sctlHostFacts>();
            var facts = new K0sctlFacts
            {
                ApiVersion = Fact<string>.Known(K0sctlFacts.SupportedApiVersion),
                Kind = Fact<string>.Known(K0sctlValues.Cluster),
                HasClusterConfig = Fact<bool>.Unknown(),
                Origin = NameOf(start),
            };
            foreach (IInvocationOperation call in calls)
            {
                switch (call.TargetMethod.Name)
                {
                    case "Host":
                        hosts.Add(Host(call));
                        break;
                    case "K0sVersion":
                        facts.K0sVersion = Text(call, 0);
                        break;
                    case "VersionChannel":
                        facts.VersionChannel = Arg(call, 0) is { } channel && channel.ConstantValue.HasValue && channel.ConstantValue.Value is int c
                            ? Fact<string>.Known(c == 0 ? K0sctlValues.Stable : K0sctlValues.Latest, Where(channel))
                            : Fact<string>.Unknown();
                        break;
                    case "DynamicConfig":
                        facts.DynamicConfig = Flag(call);
                        break;
                }
            }

            facts.Hosts = Fact<IReadOnlyList<K0sctlHostFacts>>.Known(hosts, NameOf(start));
            return facts;
        }

        private K0sctlHostFacts Host(IInvocationOperation call)
        {
            var host = new K0sctlHostFacts { Origin = NameOf(call) };
            host.Role = Arg(call, 0) is { } role && role.ConstantValue.HasValue && role.ConstantValue.Value is int r && r >= 0 && r < RoleSpellings.Length
                ? Fact<string>.Known(RoleSpellings[r], Where(role))
                : Fact<string>.Unknown(Where(call));
            List<IInvocationOperation>? chain = LambdaChain(Arg(call, 1), _host);
            if (chain == null)
            {
                host.InstallFlags = Fact<IReadOnlyList<Fact<string>>>.Unknown();
                host.NoTaints = Fact<bool>.Unknown();
                host.Connections = Fact<IReadOnlyList<K0sctlConnectionFacts>>.Unknown();
                host.Files = Fact<IReadOnlyList<K0sctlFileFacts>>.Unknown();
                host.PrivateAddress = Fact<string>.Unknown();
                host.UseExistingK0s = Fact<bool>.Unknown();
                return host;
            }

            var connections = new Dictionary<K0sctlConnectionKind, K0sctlConnectionFacts>();
            var flags = new List<Fact<string>>();
            var files = new List<K0sctlFileFacts>();
            bool flagsKnown = true;
            foreach (IInvocationOperation c in chain)
            {
                switch (c.TargetMethod.Name)
                {
                    case "Ssh":
                    case "WinRM":
                    case "OpenSsh":
                        K0sctlConnectionKind kind = c.TargetMethod.Name == "Ssh" ? K0sctlConnectionKind.Ssh : c.TargetMethod.Name == "WinRM" ? K0sctlConnectionKind.WinRM : K0sctlConnectionKind.OpenSsh;
                        connections[kind] = Connection(c, kind);
                        break;
                    case "Localhost":
                        connections[K0sctlConnectionKind.Localhost] = new K0sctlConnectionFacts { Kind = K0sctlConnectionKind.Localhost, Origin = NameOf(c) };
                        break;
                    case "NoTaints":
                        host.NoTaints = Flag(c);
                        break;
                    case "PrivateAddress":
                        host.PrivateAddress = Text(c, 0);
                        break;
                    case "UseExistingK0s":
                        host.UseExistingK0s = Flag(c);
                        break;
                    case "UploadBinary":
                        host.UploadBinary = Flag(c);
                        break;
                    case "K0sBinaryPath":
                        host.K0sBinaryPath = Text(c, 0);
                        break;
                    case "K0sDownloadUrl":
                        host.K0sDownloadUrl = Text(c, 0);
                        break;
                    case "InstallFlags":
                        if (Arg(c, 0) is IArrayCreationOperation array && array.Initializer != null)
                        {
                            foreach (IOperation element in array.Initializer.ElementValues)
                            {
                                flags.Add(Constant(element));
                            }
                        }
                        else
                        {
                            flagsKnown = false;
                        }

                        break;
                    case "File":
                        files.Add(File(c));
                        break;
                }
            }

            host.InstallFlags = flagsKnown ? Fact<IReadOnlyList<Fact<string>>>.Known(flags) : Fact<IReadOnlyList<Fact<string>>>.Unknown();
            host.Connections = Fact<IReadOnlyList<K0sctlConnectionFacts>>.Known(new List<K0sctlConnectionFacts>(Ordered(connections)), NameOf(call));
            host.Files = Fact<IReadOnlyList<K0sctlFileFacts>>.Known(files);
            return host;
        }

        /// <summary>In the order the builder writes them (ssh, winRM, openSSH, localhost), as the reader sees them.</summary>
        private static IEnumerable<K0sctlConnectionFacts> Ordered(Dictionary<K0sctlConnectionKind, K0sctlConnectionFacts> connections)
        {
            foreach (K0sctlConnectionKind kind in new[] { K0sctlConnectionKind.Ssh, K0sctlConnectionKind.WinRM, K0sctlConnectionKind.OpenSsh, K0sctlConnectionKind.Localhost })
            {
                if (connections.TryGetValue(kind, out K0sctlConnectionFacts? c))
                {
                    yield return c;
                }
            }
        }

        private K0sctlConnectionFacts Connection(IInvocationOperation call, K0sctlConnectionKind kind)
        {
            var connection = new K0sctlConnectionFacts { Kind = kind, Origin = NameOf(call), Address = Text(call, 0) };
            IOperation? configure = Arg(call, 1);
            if (configure == null || (configure.ConstantValue.HasValue && configure.ConstantValue.Value == null))
            {
                return connection;
            }

            List<IInvocationOperation>? chain = LambdaChain(configure, null);
            if (chain == null)
            {
                connection.Port = Fact<long>.Unknown();
                connection.User = Fact<string>.Unknown();
                connection.Password = Fact<string>.Unknown();
                connection.CertPath = Fact<string>.Unknown();
                connection.KeyPath = Fact<string>.Unknown();
                connection.Bastion = Fact<K0sctlConnectionFacts>.Unknown();
                return connection;
            }

            foreach (IInvocationOperation c in chain)
            {
                switch (c.TargetMethod.Name)
                {
                    case "Port":
                        connection.Port = Arg(c, 0) is { } port && port.ConstantValue.HasValue && port.ConstantValue.Value is int p ? Fact<long>.Known(p, Where(port)) : Fact<long>.Unknown();
                        break;
                    case "User":
                        connection.User = Text(c, 0);
                        break;
                    case "Password":
                        connection.Password = Text(c, 0);
                        break;
                    case "CertPath":
                        connection.CertPath = Text(c, 0);
                        break;
                    case "KeyPath":
                        if (kind == K0sctlConnectionKind.WinRM)
                        {
                            connection.KeyPath = Text(c, 0);
                        }

                        break;
                    case "Bastion":
                        connection.Bastion = Fact<K0sctlConnectionFacts>.Known(Connection(c, K0sctlConnectionKind.Ssh), NameOf(c));
                        break;
                }
            }

            return connection;
        }

        private K0sctlFileFacts File(IInvocationOperation call)
        {
            var file = new K0sctlFileFacts { Origin = NameOf(call) };
            List<IInvocationOperation>? chain = LambdaChain(Arg(call, 0), _file);
            if (chain == null)
            {
                file.Name = Fact<string>.Unknown();
                file.Source = Fact<string>.Unknown();
                file.Data = Fact<string>.Unknown();
                file.Destination = Fact<string>.Unknown();
                file.DestinationDir = Fact<string>.Unknown();
                return file;
            }

            foreach (IInvocationOperation c in chain)
            {
                switch (c.TargetMethod.Name)
                {
                    case "Name":
                        file.Name = Text(c, 0);
                        break;
                    case "Source":
                        file.Source = Text(c, 0);
                        break;
                    case "Data":
                        file.Data = Text(c, 0);
                        break;
                    case "Destination":
                        file.Destination = Text(c, 0);
                        break;
                    case "DestinationDir":
                        file.DestinationDir = Text(c, 0);
                        break;
                }
            }

            return file;
        }

        /// <summary>
        /// The calls of a lambda <c>x => x.A(...).B(...)</c> on its parameter, in order; null when the lambda does anything
        /// else (statements, helpers, another receiver): then what it writes is unknown.
        /// </summary>
        private List<IInvocationOperation>? LambdaChain(IOperation? argument, INamedTypeSymbol? builder)
        {
            IOperation? value = argument;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (!(value is IDelegateCreationOperation creation && creation.Target is IAnonymousFunctionOperation lambda && lambda.Symbol.Parameters.Length == 1))
            {
                return null;
            }

            IOperation? body = null;
            foreach (IOperation statement in lambda.Body.Operations)
            {
                if (statement is IReturnOperation ret && ret.ReturnedValue == null && ret.IsImplicit)
                {
                    continue;
                }

                if (body != null)
                {
                    return null;
                }

                body = statement is IExpressionStatementOperation expression ? expression.Operation : statement is IReturnOperation r ? r.ReturnedValue : null;
                if (body == null)
                {
                    return null;
                }
            }

            var calls = new List<IInvocationOperation>();
            IOperation? current = body;
            while (current is IInvocationOperation call && IsBuilder(call.TargetMethod.ContainingType, builder))
            {
                calls.Add(call);
                current = call.Instance;
            }

            if (body != null && !(current is IParameterReferenceOperation parameter && SymbolEqualityComparer.Default.Equals(parameter.Parameter, lambda.Symbol.Parameters[0])))
            {
                return null;
            }

            calls.Reverse();
            return calls;
        }

        private bool IsBuilder(INamedTypeSymbol type, INamedTypeSymbol? builder)
        {
            if (builder != null)
            {
                return SymbolEqualityComparer.Default.Equals(type, builder);
            }

            foreach (INamedTypeSymbol connection in _connections)
            {
                if (SymbolEqualityComparer.Default.Equals(type, connection))
                {
                    return true;
                }
            }

            return false;
        }

        private static IOperation? Arg(IInvocationOperation call, int index)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Ordinal == index)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static Fact<string> Text(IInvocationOperation call, int index) => Arg(call, index) is { } value ? Constant(value) : Fact<string>.Unknown();

        private static Fact<string> Constant(IOperation value)
            => value.ConstantValue.HasValue && value.ConstantValue.Value is string text ? Fact<string>.Known(text, Where(value)) : Fact<string>.Unknown(Where(value));

        /// <summary>A <c>bool enabled = true</c> argument: the value where it is written, or the method's name when left to its default.</summary>
        private static Fact<bool> Flag(IInvocationOperation call)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value is bool flag)
                {
                    return Fact<bool>.Known(flag, argument.ArgumentKind == ArgumentKind.DefaultValue ? NameOf(call) : Where(argument.Value));
                }
            }

            return Fact<bool>.Unknown();
        }

        private static Location Where(IOperation operation) => operation.Syntax.GetLocation();

        private static Location NameOf(IInvocationOperation call)
            => call.Syntax is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax member ? member.Name.GetLocation() : call.Syntax.GetLocation();
    }
}
