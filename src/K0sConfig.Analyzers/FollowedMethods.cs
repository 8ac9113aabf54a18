using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// A method in source whose body the analyzers follow when a builder or a constant reaches it: what it is made
    /// of, worked out once per compilation and shared by every block that calls it.
    /// </summary>
    internal sealed class FollowedMethod
    {
        private readonly ulong _writtenParameters;

        public FollowedMethod(IMethodSymbol method, IOperation body, IReturnOperation? result, IOperation? factoryRoot, ImmutableArray<IInvocationOperation> calls, ImmutableArray<IOperation> starts, ulong writtenParameters, bool configures)
        {
            Starts = starts;
            Configures = configures;
            _writtenParameters = writtenParameters;
            Method = method;
            Body = body;
            Result = result;
            FactoryRoot = factoryRoot;
            Calls = calls;
            Summaries = new Step[]?[method.Parameters.Length + 1 + starts.Length];
        }

        /// <summary>
        /// Its summaries (<see cref="MethodSummaries"/>), each made on first use and then shared by every call: the steps of
        /// the builder each parameter receives, then those of the builder a factory returns, then those of each chain it
        /// starts (<see cref="Starts"/>).
        /// </summary>
        internal Step[]?[] Summaries { get; }

        /// <summary>The method (its definition).</summary>
        public IMethodSymbol Method { get; }

        /// <summary>Its body: a block.</summary>
        public IOperation Body { get; }

        /// <summary>The one <c>return</c> with a value, the body's last statement; <see langword="null"/> for a void method.</summary>
        public IReturnOperation? Result { get; }

        /// <summary>
        /// For a factory (it returns a <c>ClusterConfigBuilder</c>): the call that starts the builder it returns, a
        /// <c>K0s.Cluster(...)</c> or another factory (a method or a property); <see langword="null"/> when the method
        /// returns no builder it starts.
        /// </summary>
        public IOperation? FactoryRoot { get; }

        /// <summary>It starts a configuration (<c>K0s.Cluster(...)</c> or a factory) or receives a builder.</summary>
        public bool Configures { get; }

        /// <summary>The invocations in the body, outside nested lambdas and local functions, in source order.</summary>
        public ImmutableArray<IInvocationOperation> Calls { get; }

        /// <summary>
        /// The chains the body starts, outside nested lambdas and local functions, in source order: calls of
        /// <c>K0s.Cluster(...)</c> and of factories, and reads of factory properties.
        /// </summary>
        public ImmutableArray<IOperation> Starts { get; }

        /// <summary>The body assigns the parameter (or passes it by reference): a constant the caller passes does not stay.</summary>
        public bool WritesParameter(int ordinal) => ordinal >= 64 || (_writtenParameters & (1UL << ordinal)) != 0;

        /// <summary>Whether <paramref name="parameter"/> is one of this method's.</summary>
        public bool Owns(IParameterSymbol parameter)
            => SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, Method);
    }

    /// <summary>The methods in source that can be followed, each looked at once per compilation.</summary>
    internal sealed class FollowedMethods
    {
        private readonly Compilation _compilation;
        private readonly KnownSymbols _symbols;
        private readonly ConcurrentDictionary<IMethodSymbol, FollowedMethod?> _methods = new ConcurrentDictionary<IMethodSymbol, FollowedMethod?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _reaches = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IFieldSymbol, IDelegateCreationOperation?> _fields = new ConcurrentDictionary<IFieldSymbol, IDelegateCreationOperation?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAnonymousFunctionOperation, FollowedMethod?> _lambdas = new ConcurrentDictionary<IAnonymousFunctionOperation, FollowedMethod?>(OperationComparer<IAnonymousFunctionOperation>.Instance);
        private readonly ConcurrentDictionary<IAnonymousFunctionOperation, Step[]> _lambdaSummaries = new ConcurrentDictionary<IAnonymousFunctionOperation, Step[]>(OperationComparer<IAnonymousFunctionOperation>.Instance);
        private int _summariesMade;

        public FollowedMethods(Compilation compilation, KnownSymbols symbols)
        {
            _compilation = compilation;
            _symbols = symbols;
        }

        public KnownSymbols Symbols => _symbols;

        /// <summary>How many summaries were made in this compilation: each once, however many calls apply it (for tests).</summary>
        internal int SummariesMade => Volatile.Read(ref _summariesMade);

        internal void CountSummary() => Interlocked.Increment(ref _summariesMade);

        /// <summary>
        /// The summary of a section lambda written in a followed method (a lambda of the analyzed block itself is walked
        /// for its chain and not kept): the steps of the builder its parameter receives.
        /// </summary>
        public Step[] LambdaSummary(IAnonymousFunctionOperation lambda, BuilderKind kind)
        {
            if (_lambdaSummaries.TryGetValue(lambda, out Step[]? known))
            {
                return known;
            }

            Step[] made = BuilderWalk.FromLambda(_symbols, lambda, kind);
            if (_lambdaSummaries.TryAdd(lambda, made))
            {
                CountSummary();
                return made;
            }

            return _lambdaSummaries[lambda];
        }

        /// <summary>
        /// Whether a call to <paramref name="method"/> may be followed at all: a method with a body in this compilation
        /// that the call certainly runs (not virtual, abstract, an interface's, extern, async, generic or partial without
        /// a body). Cheap: no binding.
        /// </summary>
        public static bool MayFollow(IMethodSymbol method)
        {
            if (method.MethodKind != MethodKind.Ordinary && method.MethodKind != MethodKind.LocalFunction
                && !(method.MethodKind == MethodKind.PropertyGet && method.AssociatedSymbol is IPropertySymbol { IsIndexer: false }))
            {
                return false;
            }

            if (method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern || method.IsAsync || method.IsGenericMethod
                || method.ContainingType?.TypeKind == TypeKind.Interface || method.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.RefKind != RefKind.None || parameter.IsParams)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// <paramref name="call"/>, in a followed method, may pass a constant on to a method in source: it calls a method
        /// that is not the builder's and may be followed, with a constant, a builder callback or a parameter (which a
        /// caller may have bound to one) as an argument.
        /// </summary>
        public bool PassesOn(IInvocationOperation call)
        {
            if (_symbols.KindOf(call.TargetMethod.ContainingType) != BuilderKind.None || !MayFollow(call.TargetMethod))
            {
                return false;
            }

            foreach (IArgumentOperation argument in call.Arguments)
            {
                IOperation value = OperationShapes.WithoutIdentityConversions(argument.Value);
                if (value.ConstantValue.HasValue || value is IParameterReferenceOperation || ValueEvaluator.CallbackIn(_symbols, value) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Constants given to <paramref name="followed"/> may decide something about a configuration: it starts one or
        /// receives a builder itself, or passes a constant or a parameter on to a method that does, however many methods
        /// on (<c>Make3(pod) => Make2(pod)</c>, <c>Make2(pod) => Make(pod, "10.96.0.0/12")</c>). Worked out once per method.
        /// </summary>
        public bool ReachesConfiguration(FollowedMethod followed, CancellationToken cancellationToken)
        {
            if (followed.Configures)
            {
                return true;
            }

            if (_reaches.TryGetValue(followed.Method, out bool reachesKnown))
            {
                return reachesKnown;
            }

            // Depth first over the calls that pass something on, each method once; no recursion, so no depth limit.
            var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { followed.Method };
            var pending = new Stack<FollowedMethod>();
            pending.Push(followed);
            while (pending.Count != 0)
            {
                foreach (IInvocationOperation call in pending.Pop().Calls)
                {
                    if (!PassesOn(call) || !(Get(call.TargetMethod, cancellationToken) is { } next) || !seen.Add(next.Method))
                    {
                        continue;
                    }

                    // One read of what other threads have worked out: between two reads another thread may add "reaches",
                    // and a method taken as known then but read as "does not" would make every caller "does not" for good.
                    bool known = _reaches.TryGetValue(next.Method, out bool reaches);
                    if (next.Configures || (known && reaches))
                    {
                        return _reaches.GetOrAdd(followed.Method, true);
                    }

                    if (!known)
                    {
                        pending.Push(next);
                    }
                }
            }

            // Nothing reachable from any method seen reaches a configuration: none of them does.
            foreach (IMethodSymbol method in seen)
            {
                _reaches.TryAdd(method, false);
            }

            return false;
        }

        /// <summary>The followed form of <paramref name="method"/>, or <see langword="null"/> when its effect is unknown.</summary>
        public FollowedMethod? Get(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.PartialImplementationPart ?? method.OriginalDefinition;
            if (!MayFollow(method))
            {
                return null;
            }

            if (_methods.TryGetValue(method, out FollowedMethod? known))
            {
                return known;
            }

            return _methods.GetOrAdd(method, Create(method, cancellationToken));
        }

        private FollowedMethod? Create(IMethodSymbol method, CancellationToken cancellationToken)
        {
            SyntaxNode syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            SyntaxNode? bodySyntax = syntax switch
            {
                MethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
                LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
                AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody,
                ArrowExpressionClauseSyntax arrow => arrow, // a property's getter: static ClusterConfigBuilder Base => ...;
                _ => null,
            };
            if (bodySyntax == null || !_compilation.ContainsSyntaxTree(syntax.SyntaxTree) || HasYield(bodySyntax))
            {
                return null;
            }

#pragma warning disable RS1030 // The body of another method: the driver's semantic model provider shares the model with the driver's own analysis.
            SemanticModel model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            IOperation? operation = model.GetOperation(syntax, cancellationToken);
            IOperation? body = operation switch
            {
                IMethodBodyOperation methodBody => (IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody,
                ILocalFunctionOperation localFunction => localFunction.Body ?? localFunction.IgnoredBody,
                IBlockOperation getter => getter,
                _ => null,
            };
            return body is IBlockOperation block ? Summarize(method, block) : null;
        }

        /// <summary>
        /// The lambda or method group that <paramref name="field"/>, a <c>readonly</c> field of a class in source whose
        /// type is a builder callback, is initialized with, when nothing else can be stored in it: no constructor or init
        /// accessor of its class mentions it (a struct's may hold <c>default</c> instead). <see langword="null"/> otherwise.
        /// </summary>
        public IDelegateCreationOperation? StoredIn(IFieldSymbol field, CancellationToken cancellationToken)
        {
            field = field.OriginalDefinition;
            if (!field.IsReadOnly || field.IsVolatile || field.ContainingType?.TypeKind != TypeKind.Class
                || !_symbols.IsBuilderCallback(field.Type) || field.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            return _fields.GetOrAdd(field, f => Initializer(f, cancellationToken));
        }

        private IDelegateCreationOperation? Initializer(IFieldSymbol field, CancellationToken cancellationToken)
        {
            if (!(field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } declarator)
                || !_compilation.ContainsSyntaxTree(declarator.SyntaxTree))
            {
                return null;
            }

            // A constructor (static for a static field) or an init accessor may store something else in it.
            foreach (SyntaxReference part in field.ContainingType.DeclaringSyntaxReferences)
            {
                foreach (SyntaxNode node in part.GetSyntax(cancellationToken).ChildNodes())
                {
                    bool mayStore = node switch
                    {
                        ConstructorDeclarationSyntax constructor => constructor.Modifiers.Any(SyntaxKind.StaticKeyword) == field.IsStatic,
                        BasePropertyDeclarationSyntax { AccessorList: { } accessors } => !field.IsStatic && accessors.Accessors.Any(SyntaxKind.InitAccessorDeclaration),
                        _ => false,
                    };
                    if (mayStore && Mentions(node, field.Name))
                    {
                        return null;
                    }
                }
            }

#pragma warning disable RS1030 // A field initializer outside the analyzed block, bound through the driver's shared model.
            SemanticModel model = _compilation.GetSemanticModel(declarator.SyntaxTree);
#pragma warning restore RS1030
            return model.GetOperation(initializer, cancellationToken) is IFieldInitializerOperation { Value: { } value }
                && OperationShapes.Unwrap(value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.IsAsync: false } or IMethodReferenceOperation } creation
                ? creation
                : null;
        }

        private static bool Mentions(SyntaxNode node, string name)
        {
            foreach (SyntaxToken token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A lambda's body, followed as a method's: <c>static readonly Action&lt;NetworkBuilder&gt; s_network = n => ...</c>.</summary>
        public FollowedMethod? ForLambda(IAnonymousFunctionOperation lambda)
            => _lambdas.GetOrAdd(lambda, l => Summarize(l.Symbol, l.Body));

        private FollowedMethod? Summarize(IMethodSymbol method, IBlockOperation block)
        {
            // Every invocation and return outside nested lambdas and local functions: those run when something else decides.
            // Parameters written anywhere, nested lambdas included.
            var calls = ImmutableArray.CreateBuilder<IInvocationOperation>();
            var starts = ImmutableArray.CreateBuilder<IOperation>();
            var returns = new List<IReturnOperation>();
            ulong written = 0;
            var pending = new Stack<(IOperation Operation, bool Nested)>();
            pending.Push((block, false));
            while (pending.Count != 0)
            {
                (IOperation current, bool nested) = pending.Pop();
                if (current is IParameterReferenceOperation reference && IsWritten(reference)
                    && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol?.OriginalDefinition, method))
                {
                    written |= reference.Parameter.Ordinal >= 64 ? ulong.MaxValue : 1UL << reference.Parameter.Ordinal;
                }

                if (!nested && current is IInvocationOperation invocation)
                {
                    calls.Add(invocation);
                    if (StartsAChain(invocation))
                    {
                        starts.Add(invocation);
                    }
                }
                else if (!nested && current is IPropertyReferenceOperation property && StartsAChain(property))
                {
                    starts.Add(property);
                }
                else if (!nested && current is IReturnOperation { IsImplicit: false } or IReturnOperation { ReturnedValue: not null })
                {
                    returns.Add((IReturnOperation)current);
                }

                foreach (IOperation child in current.ChildOperations)
                {
                    pending.Push((child, nested || child.Kind == OperationKind.AnonymousFunction || child.Kind == OperationKind.LocalFunction));
                }
            }

            calls.Sort((x, y) => x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart));

            // A return anywhere but at the end makes what follows it run only sometimes: not followed.
            IReturnOperation? result = null;
            if (returns.Count > 1)
            {
                return null;
            }

            if (returns.Count == 1)
            {
                result = returns[0];
                if (block.Operations.IsEmpty || block.Operations[block.Operations.Length - 1] != result)
                {
                    return null;
                }

                if (result.ReturnedValue == null)
                {
                    result = null;
                }
            }

            IOperation? factoryRoot = null;
            if (result?.ReturnedValue != null && _symbols.KindOf(method.ReturnType) == BuilderKind.Cluster)
            {
                factoryRoot = StartOf(result.ReturnedValue, block);
            }

            bool configures = false;
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                configures |= _symbols.KindOf(parameter.Type) != BuilderKind.None;
            }

            starts.Sort((x, y) => x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart));
            configures |= starts.Count != 0;
            return new FollowedMethod(method, block, result, factoryRoot, calls.ToImmutable(), starts.ToImmutable(), written, configures);
        }

        /// <summary>
        /// The call that starts the builder <paramref name="value"/> is: down the fluent calls made on it, through a
        /// local's initializer, to a <c>K0s.Cluster(...)</c> or a call to another factory.
        /// </summary>
        private IOperation? StartOf(IOperation value, IBlockOperation block)
        {
            IOperation current = value;
            for (int guard = 0; guard < 10_000; guard++)
            {
                switch (current)
                {
                    case IConversionOperation conversion:
                        current = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        current = parenthesized.Operand;
                        continue;
                    case IInvocationOperation invocation when invocation.Instance != null && _symbols.KindOf(invocation.TargetMethod.ContainingType) == BuilderKind.Cluster:
                        current = invocation.Instance;
                        continue;
                    case IInvocationOperation or IPropertyReferenceOperation when StartsAChain(current):
                        return current;
                    case ILocalReferenceOperation local:
                        IVariableDeclaratorOperation? declarator = Declarator(block, local.Local);
                        if (declarator?.Initializer?.Value is not { } initial)
                        {
                            return null;
                        }

                        current = initial;
                        continue;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>
        /// <paramref name="operation"/> starts a chain: a call of <c>K0s.Cluster(...)</c> or of a factory, or a read of
        /// a property whose getter is a factory (<c>static ClusterConfigBuilder Base => K0s.Cluster()...;</c>).
        /// </summary>
        public bool StartsAChain(IOperation operation) => operation switch
        {
            IInvocationOperation call => _symbols.IsClusterEntry(call.TargetMethod) || IsFactory(call.TargetMethod),
            IPropertyReferenceOperation property => OperationShapes.Getter(property) is { } getter && IsFactory(getter) && !IsWritten(property),
            _ => false,
        };

        /// <summary>
        /// A call to <paramref name="method"/> starts a builder: a factory in source that takes no builder (a method, or a
        /// property's getter). Cheap: no binding, so an auto-property counts too, and is not followed when entered.
        /// </summary>
        public bool IsFactory(IMethodSymbol method)
        {
            if (_symbols.KindOf(method.ReturnType) != BuilderKind.Cluster || !MayFollow(method) || method.ContainingType == null
                || SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _symbols.Entry.ContainingAssembly))
            {
                return false;
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (_symbols.KindOf(parameter.Type) != BuilderKind.None)
                {
                    return false;
                }
            }

            return true;
        }

        private static IVariableDeclaratorOperation? Declarator(IBlockOperation block, ILocalSymbol local)
        {
            foreach (IOperation statement in block.Operations)
            {
                if (statement is IVariableDeclarationGroupOperation group)
                {
                    foreach (IVariableDeclarationOperation declaration in group.Declarations)
                    {
                        foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
                        {
                            if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                            {
                                return declarator;
                            }
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The reference (to a parameter or a local) is where a value is stored, not only read: an assignment's target, a
        /// ref, out or in argument, a deconstruction, an address taken, or a <c>ref</c> local made to alias it.
        /// </summary>
        internal static bool IsWritten(IOperation reference) => reference.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == reference,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind != RefKind.None,
            ITupleOperation => true,
            IAddressOfOperation => true,
            IDeclarationExpressionOperation => true,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.RefKind: not RefKind.None } } => true, // ref var g = ref f;
            _ => false,
        };

        private static bool HasYield(SyntaxNode body)
        {
            foreach (SyntaxNode node in body.DescendantNodes(n => !(n is AnonymousFunctionExpressionSyntax) && !(n is LocalFunctionStatementSyntax)))
            {
                if (node is YieldStatementSyntax)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
