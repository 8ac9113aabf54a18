using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using K0sConfig.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>
    /// Turns builder code into the rule engine's facts. A whole chain from <c>K0s.Cluster(...)</c> starts with
    /// every value unset (k0s defaults); a single call starts with every value unknown. Values that are not
    /// compile-time constants, that are written in a branch, a try block with a catch, a lambda or a local function,
    /// or that belong to a builder passed elsewhere or given a second name (from then on) are unknown, so the rules
    /// that need them stay silent. A builder passed to a method in source, returned by one, or given to one as a
    /// section callback is followed into that method's body (<see cref="FollowedMethods"/>), with the constants the
    /// call passes bound to its parameters; what such a method writes has an <see cref="InheritedOrigin"/>.
    /// </summary>
    internal sealed partial class FactCollector
    {
        private readonly KnownSymbols _symbols;
        private readonly ClusterFacts _facts;
        private ArgsState _controllerManager;
        private ArgsState _api;
        private ArgsState _kubeProxy;
        private ArgsState _kubeRouter;
        private object? _calicoOrigin;
        private object? _kubeRouterOrigin;

        // The keepalived lists as the chain writes them, and the entry a VrrpInstance/VirtualServer callback being
        // followed writes to (null: none, so what such a builder's calls write cannot be placed).
        private List<VrrpInstanceFacts>? _vrrpList;
        private List<VirtualServerFacts>? _serverList;
        private VrrpInstanceFacts? _vrrpCurrent;
        private VirtualServerFacts? _serverCurrent;

        // Which node-local proxy a followed EnvoyProxy/Traefik callback writes to (null: not known).
        private bool? _proxyIsTraefik;

        /// <summary>How deep methods are followed into one another; deeper, what a method writes is unknown.</summary>
        internal const int MaxDepth = 32;

        /// <summary>How many method bodies one chain follows at most (each call of a helper counts); then the rest is unknown.</summary>
        internal const int MaxFollowedCalls = 512;

        private readonly FollowedMethods? _methods;
        private readonly IMethodSymbol? _owner;
        private readonly CancellationToken _cancellationToken;

        // The method being followed (null: the analyzed block itself) and how many more may be.
        private Frame? _frame;
        private List<ClusterFacts>? _perValue;
        private WrittenOrigins? _written;
        private int _budget = MaxFollowedCalls;

        // Builders that escaped: code we cannot see may hold them and change them at any time, so whatever is
        // written to them afterwards is unknown too.
        private int _escaped;

        private FactCollector(KnownSymbols symbols, bool knowsEverything, FollowedMethods? methods = null, IMethodSymbol? owner = null, CancellationToken cancellationToken = default, ClusterFacts? reuse = null)
        {
            _symbols = symbols;
            _methods = methods;
            _owner = owner;
            _cancellationToken = cancellationToken;
            _facts = knowsEverything ? new ClusterFacts() : reuse?.SetAllUnknown() ?? ClusterFacts.AllUnknown();
            _controllerManager = new ArgsState(knowsEverything);
            _api = new ArgsState(knowsEverything);
            _kubeProxy = new ArgsState(knowsEverything);
            _kubeRouter = new ArgsState(knowsEverything);
        }

        /// <summary>
        /// Facts for the chain that starts at <paramref name="root"/>, a <c>K0s.Cluster(...)</c> call, a call to a
        /// factory in source or a read of a factory property, in the block of <paramref name="owner"/>. Adds to <paramref name="perValue"/>, for each builder
        /// call in a followed method that writes a constant from the analyzed block, the facts of that call alone
        /// (everything else unknown): what that constant decides on its own is reported even when the builder escapes later.
        /// </summary>
        public static ClusterFacts ForChain(KnownSymbols symbols, IOperation root, FollowedMethods? methods = null, IMethodSymbol? owner = null, CancellationToken cancellationToken = default, List<ClusterFacts>? perValue = null, WrittenOrigins? written = null)
        {
            var collector = new FactCollector(symbols, knowsEverything: true, methods, owner, cancellationToken) { _perValue = perValue, _written = written };
            collector.Start(root);
            return collector.Finish();
        }

        /// <summary>
        /// Facts that hold only what one call writes; everything else is unknown. With <paramref name="reuse"/>, the facts
        /// are that instance, which the next call with it overwrites: on a config-heavy project, a new instance for each
        /// call was most of the memory the analyzer asked for.
        /// </summary>
        public static ClusterFacts? ForCall(KnownSymbols symbols, IInvocationOperation call, BuilderKind kind, ClusterFacts? reuse = null)
        {
            var collector = new FactCollector(symbols, knowsEverything: false, reuse: reuse);
            if (kind == BuilderKind.Calico || kind == BuilderKind.KubeRouter)
            {
                // Written in the lambda given to n.Calico(c => ...): a chain through that call says the provider's settings
                // are written there, at Calico; saying the same here lets the call's values count as checked by the chain.
                Location? section = SectionCall(call, kind == BuilderKind.Calico ? "Calico" : "KubeRouter");
                collector._calicoOrigin = kind == BuilderKind.Calico ? section : null;
                collector._kubeRouterOrigin = kind == BuilderKind.KubeRouter ? section : null;
            }

            return collector.Apply(kind, call, conditional: false, followCallbacks: false) ? collector.Finish() : null;
        }

        /// <summary>
        /// The name of the <c>Calico</c> or <c>KubeRouter</c> call (<paramref name="section"/>) whose lambda's parameter
        /// <paramref name="call"/> is made on, through fluent calls: <c>n.Calico(c => c.Mode(...).Mtu(...))</c>;
        /// <see langword="null"/> for any other shape.
        /// </summary>
        private static Location? SectionCall(IInvocationOperation call, string section)
        {
            IOperation? receiver = call.Instance;
            while (receiver is IInvocationOperation or IConversionOperation or IParenthesizedOperation)
            {
                receiver = receiver switch
                {
                    IInvocationOperation fluent => fluent.Instance,
                    IConversionOperation conversion => conversion.Operand,
                    _ => ((IParenthesizedOperation)receiver).Operand,
                };
            }

            if (receiver is not IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol lambda })
            {
                return null;
            }

            for (IOperation? current = call.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
                {
                    return function.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation owner } }
                           && owner.TargetMethod.Name == section
                        ? NameLocation(owner)
                        : null;
                }
            }

            return null;
        }

        /// <summary>
        /// Where a finding about a whole call goes: the method name (<c>Calico</c> in <c>n.Calico()</c>); for a property
        /// read, the property's name (<c>Base</c> in <c>Defaults.Base</c>).
        /// </summary>
        public static Location NameLocation(IOperation call)
        {
            SyntaxNode? callee = call.Syntax is InvocationExpressionSyntax invocation ? invocation.Expression : call is IPropertyReferenceOperation ? call.Syntax : null;
            if (callee != null)
            {
                switch (callee)
                {
                    case MemberAccessExpressionSyntax member:
                        return member.Name.GetLocation();
                    case MemberBindingExpressionSyntax binding:
                        return binding.Name.GetLocation();
                    case SimpleNameSyntax name:
                        return name.GetLocation();
                }
            }

            return call.Syntax.GetLocation();
        }

        private ClusterFacts Finish()
        {
            _facts.ControllerManagerExtraArgs = _controllerManager.ToFacts();
            _facts.ApiExtraArgs = _api.ToFacts();
            _facts.KubeProxyExtraArgs = _kubeProxy.ToFacts();
            _facts.KubeRouterExtraArgs = _kubeRouter.ToFacts();
            return _facts;
        }

        /// <summary>Follows a builder value upwards: the calls made on it, the local it is stored in, or where it escapes.</summary>
        private void Follow(IOperation operation, BuilderKind kind, bool conditional)
        {
            IOperation current = operation;
            while (true)
            {
                IOperation? parent = current.Parent;
                switch (parent)
                {
                    case IConversionOperation:
                    case IParenthesizedOperation:
                        current = parent;
                        continue;
                    case IInvocationOperation invocation when invocation.Instance == current:
                        if (_symbols.KindOf(invocation.TargetMethod.ContainingType) != kind)
                        {
                            return;
                        }

                        Apply(kind, invocation, conditional, followCallbacks: true);
                        if (_symbols.KindOf(invocation.Type) != kind)
                        {
                            return;
                        }

                        current = invocation;
                        continue;
                    case IExpressionStatementOperation:
                        return;
                    case IReturnOperation returned when _frame != null && _frame.FollowsReturn && returned == _frame.Method.Result:
                        // The followed method returns this builder: its caller goes on with it.
                        _frame.Returned = true;
                        return;
                    case IArgumentOperation argument when argument.Parent is IInvocationOperation helper && argument.Value == current
                                                          && _symbols.KindOf(helper.TargetMethod.ContainingType) == BuilderKind.None:
                        if (!FollowHelper(helper, argument, kind, conditional))
                        {
                            return;
                        }

                        current = helper;
                        continue;
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        if (operation is ILocalReferenceOperation || operation is IParameterReferenceOperation)
                        {
                            // A second name for a builder that has one already: writes through the two names
                            // interleave, which following one name after the other cannot order.
                            Escape(kind);
                        }
                        else
                        {
                            TrackLocal(declarator, kind, conditional);
                        }

                        return;
                    default:
                        // Passed as an argument, returned, assigned elsewhere, used conditionally: it escapes.
                        Escape(kind);
                        return;
                }
            }
        }

        private void TrackLocal(IVariableDeclaratorOperation declarator, BuilderKind kind, bool conditional)
        {
            IOperation? scope = declarator.Parent;
            while (scope != null && scope is not IBlockOperation)
            {
                scope = scope.Parent;
            }

            if (scope == null)
            {
                Escape(kind);
                return;
            }

            ILocalSymbol local = declarator.Symbol;
            foreach (ILocalReferenceOperation reference in References<ILocalReferenceOperation>(scope, OperationKind.LocalReference, r => SymbolEqualityComparer.Default.Equals(r.Local, local)))
            {
                if (reference.Syntax.SpanStart < declarator.Syntax.SpanStart)
                {
                    continue;
                }

                if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
                {
                    // Reassigned: from here on the local holds something else.
                    Escape(kind);
                    return;
                }

                Follow(reference, kind, conditional || IsConditional(reference, scope));
            }
        }

        /// <summary>Follows the builder a section callback receives: every use of the lambda's parameter.</summary>
        private void Callback(IInvocationOperation invocation, BuilderKind kind, bool conditional, int ordinal = 0)
        {
            IArgumentOperation? argument = Argument(invocation, ordinal);
            if (argument == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return;
            }

            // The lambda, method group, field or call given here, also through a local that holds nothing else
            // (Action<NetworkBuilder> configure = n => ...; .Network(configure)).
            IOperation value = CallbackIn(_symbols, argument.Value) ?? Unwrap(argument.Value);
            Frame? scope = _frame;
            if (Bound(value, out Value bound) && bound.Callback != null)
            {
                // A followed method's parameter, given a lambda, method group or field by its caller: it applies here,
                // as part of the code it was written in.
                value = bound.Callback;
                scope = bound.Scope;
            }

            Frame? saved = _frame;
            _frame = scope;
            try
            {
                if (value is IFieldReferenceOperation field)
                {
                    FollowField(field, kind, conditional);
                }
                else if (Invoked(value) != null)
                {
                    FollowReturnedCallback(value, kind, conditional);
                }
                else
                {
                    FollowCallback(value, kind, conditional);
                }
            }
            finally
            {
                _frame = saved;
            }
        }

        /// <summary>
        /// static readonly Action&lt;NetworkBuilder&gt; s_network = n => ...; .Network(s_network): the lambda or method group
        /// the field holds applies here as another method's body would, brought in by the field's name.
        /// </summary>
        private void FollowField(IFieldReferenceOperation field, BuilderKind kind, bool conditional)
        {
            FollowedMethod? body = _methods?.StoredIn(field.Field, _cancellationToken)?.Target switch
            {
                IAnonymousFunctionOperation lambda => _methods.ForLambda(lambda),
                IMethodReferenceOperation group => _methods.Get(group.Method, _cancellationToken),
                _ => null,
            };
            Location site = field.Syntax is MemberAccessExpressionSyntax member ? member.Name.GetLocation() : field.Syntax.GetLocation();
            if (body != null && body.Method.Parameters.Length == 1 && _symbols.KindOf(body.Method.Parameters[0].Type) == kind
                && Enter(body, call: null, site, field.Field.Name, followsReturn: false) is Frame frame)
            {
                FollowParameter(frame, 0, kind, conditional);
            }
            else
            {
                Escape(kind);
            }
        }

        /// <summary>
        /// static Action&lt;NetworkBuilder&gt; WithDualStack(string pods) => n => ...; .Network(WithDualStack("fd00::/108")):
        /// the lambda or method group the method (or a property's getter) returns applies here, with the call's constants
        /// bound to the method's parameters, as the method's own body would.
        /// </summary>
        private void FollowReturnedCallback(IOperation call, BuilderKind kind, bool conditional)
        {
            FollowedMethod? method = _methods?.Get(Invoked(call)!, _cancellationToken);
            if (method?.Result?.ReturnedValue is { } returned && Unwrap(returned) is IDelegateCreationOperation callback
                && Enter(method, call as IInvocationOperation, NameLocation(call), Display(call), followsReturn: false) is Frame frame)
            {
                Frame? saved = _frame;
                _frame = frame;
                try
                {
                    FollowCallback(callback, kind, conditional);
                }
                finally
                {
                    _frame = saved;
                }
            }
            else
            {
                Escape(kind);
            }
        }

        /// <summary>Follows the builder that <paramref name="value"/>, a section callback, receives.</summary>
        private void FollowCallback(IOperation value, BuilderKind kind, bool conditional)
        {
            if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } && lambda.Symbol.Parameters.Length == 1
                && !lambda.Symbol.IsAsync)
            {
                IParameterSymbol parameter = lambda.Symbol.Parameters[0];
                foreach (IParameterReferenceOperation reference in References<IParameterReferenceOperation>(lambda.Body, OperationKind.ParameterReference, r => SymbolEqualityComparer.Default.Equals(r.Parameter, parameter)))
                {
                    Follow(reference, kind, conditional || IsConditional(reference, lambda.Body));
                }
            }
            else if (value is IDelegateCreationOperation { Target: IMethodReferenceOperation group } && group.Method.Parameters.Length == 1
                     && _symbols.KindOf(group.Method.Parameters[0].Type) == kind
                     && Enter(group.Method, call: null, GroupLocation(group), Display(group.Method, group: true), followsReturn: false) is Frame frame)
            {
                // A method group: its body applies as a lambda's would.
                FollowParameter(frame, 0, kind, conditional);
            }
            else if (!(value.ConstantValue.HasValue && value.ConstantValue.Value == null))
            {
                // A method group that cannot be followed, a delegate from elsewhere, or an async lambda (whose code
                // after an await runs whenever it resumes): whatever it sets is unknown.
                Escape(kind);
            }
        }

        /// <summary>
        /// The lambda or method group a local delegate was declared with, when the local holds nothing else: it is never
        /// assigned, passed by reference or deconstructed into, in the block or in a lambda of it. Otherwise
        /// <see langword="null"/> (what the callback writes is unknown).
        /// </summary>
        private static IOperation? StoredCallback(ILocalReferenceOperation local)
        {
            IOperation root = local;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            IOperation? initial = null;
            foreach (IVariableDeclaratorOperation declarator in References<IVariableDeclaratorOperation>(root, OperationKind.VariableDeclarator, d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local)))
            {
                initial = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
            }

            initial = initial == null ? null : Unwrap(initial);
            if (!(initial is IDelegateCreationOperation { Target: IAnonymousFunctionOperation or IMethodReferenceOperation }))
            {
                return null;
            }

            foreach (ILocalReferenceOperation reference in References<ILocalReferenceOperation>(root, OperationKind.LocalReference, r => SymbolEqualityComparer.Default.Equals(r.Local, local.Local)))
            {
                if (FollowedMethods.IsWritten(reference))
                {
                    return null;
                }
            }

            return initial;
        }

        /// <summary>Records what one builder call writes. Returns whether it writes anything the rules read.</summary>
        private bool Apply(BuilderKind kind, IInvocationOperation call, bool conditional, bool followCallbacks)
        {
            // A call on a Calico or kube-router builder is not recorded: what it writes on its own is placed at the
            // section's call when a lambda is given to it (ForCall finds it), but a chain may have placed it elsewhere.
            if (_written == null || _frame != null || kind == BuilderKind.Calico || kind == BuilderKind.KubeRouter)
            {
                return ApplyCall(kind, call, conditional, followCallbacks);
            }

            // A call of the analyzed block itself: remember every origin it (and the callbacks it runs) made.
            int start = _written.Origins.Count;
            bool writes = ApplyCall(kind, call, conditional, followCallbacks);
            _written.Calls.Add((call, start, _written.Origins.Count));
            return writes;
        }

        private bool ApplyCall(BuilderKind kind, IInvocationOperation call, bool conditional, bool followCallbacks)
        {
            if (_perValue != null && _frame != null && WritesAConstantFromTheBlock(call))
            {
                var single = new FactCollector(_symbols, knowsEverything: false, _methods, _owner, _cancellationToken) { _frame = _frame };
                if (single.Apply(kind, call, conditional: false, followCallbacks: false))
                {
                    _perValue.Add(single.Finish());
                }
            }

            conditional |= (_escaped & (1 << (int)kind)) != 0;
            string name = call.TargetMethod.Name;

            // Where the call itself is, made only when something is written there: an origin made is one the chain's
            // record of this call lists (WrittenOrigins), and most calls write only their argument.
            object? callOrigin = null;
            object At() => callOrigin ??= Origin(NameLocation(call));

            // A method that writes one field with its argument, as the catalogue's method column says (Calico's are
            // set below, after the Calico block counts as written).
            if (kind != BuilderKind.Calico && _symbols.SetterOf(call.TargetMethod) is Setter setter)
            {
                Set(setter, call, conditional);
                return true;
            }

            switch (kind)
            {
                case BuilderKind.Cluster:
                    BuilderKind section = name switch
                    {
                        "Network" => BuilderKind.Network,
                        "Api" => BuilderKind.Api,
                        "ControllerManager" => BuilderKind.ControllerManager,
                        _ => BuilderKind.None,
                    };
                    if (section != BuilderKind.None && followCallbacks)
                    {
                        Callback(call, section, conditional);
                    }

                    return false;

                case BuilderKind.Network:
                    switch (name)
                    {
                        case "KubeRouter":
                            Provider("kuberouter", At(), conditional);
                            _kubeRouterOrigin = At();
                            FollowIf(followCallbacks, call, BuilderKind.KubeRouter, conditional);
                            return true;
                        case "Calico":
                            Provider("calico", At(), conditional);
                            _calicoOrigin = At();
                            FollowIf(followCallbacks, call, BuilderKind.Calico, conditional);
                            return true;
                        case "CustomCni":
                            Provider("custom", At(), conditional);
                            return true;
                        case "DualStack":
                            _facts.DualStackEnabled = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, At());
                            FollowIf(followCallbacks, call, BuilderKind.DualStack, conditional);
                            return true;
                        case "KubeProxy":
                            FollowIf(followCallbacks, call, BuilderKind.KubeProxy, conditional);
                            return false;
                        case "NodeLocalLoadBalancing":
                            _facts.NodeLocalLoadBalancingEnabled = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, At());
                            FollowIf(followCallbacks, call, BuilderKind.NodeLocalLoadBalancing, conditional);
                            return true;
                        case "ControlPlaneLoadBalancing":
                            _facts.ControlPlaneLoadBalancingEnabled = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, At());
                            FollowIf(followCallbacks, call, BuilderKind.ControlPlaneLoadBalancing, conditional);
                            return true;
                    }

                    return false;

                case BuilderKind.Calico:
                    _facts.CalicoSettings = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, _calicoOrigin ?? At());
                    if (_symbols.SetterOf(call.TargetMethod) is Setter calicoSetter)
                    {
                        Set(calicoSetter, call, conditional);
                    }

                    return true;

                case BuilderKind.KubeRouter:
                    _facts.KubeRouterSettings = conditional ? Fact<bool>.Unknown(At()) : Fact<bool>.Known(true, _kubeRouterOrigin ?? At());
                    if (name == "ExtraArg")
                    {
                        ExtraArg(ref _kubeRouter, call, conditional);
                    }

                    return true;

                case BuilderKind.KubeProxy:
                    switch (name)
                    {
                        case "ExtraArg":
                            ExtraArg(ref _kubeProxy, call, conditional);
                            return true;
                        case "Iptables":
                            FollowIf(followCallbacks, call, BuilderKind.KubeProxyIptables, conditional);
                            return false;
                        case "Ipvs":
                            FollowIf(followCallbacks, call, BuilderKind.KubeProxyIpvs, conditional);
                            return false;
                        case "Nftables":
                            FollowIf(followCallbacks, call, BuilderKind.KubeProxyNftables, conditional);
                            return false;
                    }

                    return false;

                case BuilderKind.NodeLocalLoadBalancing:
                    switch (name)
                    {
                        case "EnvoyProxy":
                        case "Traefik":
                            if (followCallbacks)
                            {
                                bool? outer = _proxyIsTraefik;
                                _proxyIsTraefik = name == "Traefik";
                                Callback(call, BuilderKind.NodeLocalProxy, conditional);
                                _proxyIsTraefik = outer;
                            }

                            return false;
                    }

                    return false;

                case BuilderKind.NodeLocalProxy:
                    if (_proxyIsTraefik is not bool traefik)
                    {
                        return false;
                    }

                    switch (name)
                    {
                        case "ApiServerBindPort":
                            if (traefik)
                            {
                                _facts.TraefikApiServerBindPort = Int(call, 0, conditional);
                            }
                            else
                            {
                                _facts.EnvoyProxyApiServerBindPort = Int(call, 0, conditional);
                            }

                            return true;
                        case "KonnectivityServerBindPort":
                            if (traefik)
                            {
                                _facts.TraefikKonnectivityServerBindPort = Int(call, 0, conditional);
                            }
                            else
                            {
                                _facts.EnvoyProxyKonnectivityServerBindPort = Int(call, 0, conditional);
                            }

                            return true;
                    }

                    return false;

                case BuilderKind.ControlPlaneLoadBalancing:
                    switch (name)
                    {
                        case "Keepalived":
                            if (conditional || !followCallbacks)
                            {
                                ForgetKeepalived(At());
                                return true;
                            }

                            if (_facts.VrrpInstances.IsUnset)
                            {
                                _vrrpList = new List<VrrpInstanceFacts>();
                                _serverList = new List<VirtualServerFacts>();
                                _facts.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Known(_vrrpList, At());
                                _facts.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Known(_serverList, At());
                            }

                            Callback(call, BuilderKind.Keepalived, conditional);
                            return true;
                    }

                    return false;

                case BuilderKind.Keepalived:
                    return ApplyKeepalived(name, call, At(), conditional, followCallbacks);

                case BuilderKind.VrrpInstance:
                    return _vrrpCurrent != null && ApplyVrrpInstance(_vrrpCurrent, name, call, conditional);

                case BuilderKind.VirtualServer:
                    if (_serverCurrent == null)
                    {
                        return false;
                    }

                    switch (name)
                    {
                        case "DelayLoop":
                            // A TimeSpan is never a compile-time constant.
                            _serverCurrent.DelayLoop = Fact<TimeSpan>.Unknown(At());
                            return true;
                        case "LbAlgo":
                            _serverCurrent.LbAlgo = Enum(call, 0, conditional);
                            return true;
                        case "LbKind":
                            _serverCurrent.LbKind = Enum(call, 0, conditional);
                            return true;
                        case "PersistenceTimeoutSeconds":
                            _serverCurrent.PersistenceTimeoutSeconds = Int(call, 0, conditional);
                            return true;
                    }

                    return false;

                case BuilderKind.Api:
                    switch (name)
                    {
                        case "ExtraArg":
                            ExtraArg(ref _api, call, conditional);
                            return true;
                    }

                    return false;

                case BuilderKind.ControllerManager:
                    switch (name)
                    {
                        case "NodeCidrMaskSize":
                            _controllerManager.SetTyped("node-cidr-mask-size", Int(call, 0, conditional), conditional);
                            return true;
                        case "NodeCidrMaskSizeIPv4":
                            _controllerManager.SetTyped("node-cidr-mask-size-ipv4", Int(call, 0, conditional), conditional);
                            return true;
                        case "NodeCidrMaskSizeIPv6":
                            _controllerManager.SetTyped("node-cidr-mask-size-ipv6", Int(call, 0, conditional), conditional);
                            return true;
                        case "ExtraArg":
                            ExtraArg(ref _controllerManager, call, conditional);
                            return true;
                    }

                    return false;
            }

            return false;
        }

        /// <summary><c>ExtraArg(name, value)</c>.</summary>
        private void ExtraArg(ref ArgsState map, IInvocationOperation call, bool conditional)
        {
            Value key = Evaluate(call, Argument(call, 0));
            if (!key.IsKnown || key.Constant is not string name)
            {
                // Any key may have been written: every value is now unknown.
                map.Forget();
                return;
            }

            map.Write(name, Text(call, 1, conditional), ExtraArgSource.ExtraArg, conditional, key.Origin);
        }

        private bool ApplyKeepalived(string name, IInvocationOperation call, object at, bool conditional, bool followCallbacks)
        {
            switch (name)
            {
                case "VrrpInstance":
                    if (conditional || !followCallbacks || _vrrpList == null || !_facts.VrrpInstances.IsKnown)
                    {
                        // How many instances there are, and so each one's index, is no longer known.
                        _facts.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Unknown(at);
                        _vrrpList = null;
                        return true;
                    }

                    var instance = new VrrpInstanceFacts { Origin = at };
                    _vrrpList.Add(instance);
                    VrrpInstanceFacts? outerInstance = _vrrpCurrent;
                    _vrrpCurrent = instance;
                    Callback(call, BuilderKind.VrrpInstance, conditional);
                    _vrrpCurrent = outerInstance;
                    return true;
                case "VirtualServer":
                    Fact<string> address = Text(call, 0, conditional);
                    if (conditional || !followCallbacks || _serverList == null || !_facts.VirtualServers.IsKnown || !address.IsKnown)
                    {
                        // An address not known may be one already listed: the entries are no longer known.
                        _facts.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Unknown(at);
                        _serverList = null;
                        return true;
                    }

                    VirtualServerFacts? server = _serverList.Find(s => s.IPAddress.IsKnown && s.IPAddress.Value == address.Value);
                    if (server == null)
                    {
                        server = new VirtualServerFacts { Origin = at, IPAddress = address };
                        _serverList.Add(server);
                    }

                    VirtualServerFacts? outerServer = _serverCurrent;
                    _serverCurrent = server;
                    Callback(call, BuilderKind.VirtualServer, conditional, ordinal: 1);
                    _serverCurrent = outerServer;
                    return true;
            }

            return false;
        }

        private bool ApplyVrrpInstance(VrrpInstanceFacts instance, string name, IInvocationOperation call, bool conditional)
        {
            switch (name)
            {
                case "VirtualIPs":
                    instance.VirtualIPs = StringList(call, conditional);
                    return true;
                case "Interface":
                    instance.Interface = Text(call, 0, conditional);
                    return true;
                case "VirtualRouterId":
                    instance.VirtualRouterId = Int(call, 0, conditional);
                    return true;
                case "AdvertIntervalSeconds":
                    instance.AdvertIntervalSeconds = Int(call, 0, conditional);
                    return true;
                case "AuthPass":
                    instance.AuthPass = Text(call, 0, conditional);
                    return true;
                case "UnicastPeers":
                    instance.UnicastPeers = StringList(call, conditional);
                    return true;
                case "UnicastSourceIP":
                    instance.UnicastSourceIP = Text(call, 0, conditional);
                    return true;
                case "AddressLabel":
                    Value value = Evaluate(call, Argument(call, 0));
                    instance.AddressLabel = !conditional && value.IsKnown && value.Constant is uint label
                        ? Fact<long>.Known(label, value.Origin)
                        : Fact<long>.Unknown(value.Origin);
                    return true;
            }

            return false;
        }

        private void ForgetKeepalived(object? at)
        {
            _facts.VrrpInstances = Fact<IReadOnlyList<VrrpInstanceFacts>>.Unknown(at);
            _facts.VirtualServers = Fact<IReadOnlyList<VirtualServerFacts>>.Unknown(at);
            _facts.UserSpaceProxyBindPort = Fact<int>.Unknown(at);
            _vrrpList = null;
            _serverList = null;
        }

        private static void Forget(VrrpInstanceFacts instance)
        {
            instance.VirtualIPs = Fact<IReadOnlyList<Fact<string>>>.Unknown(instance.VirtualIPs.Origin);
            instance.Interface = Fact<string>.Unknown(instance.Interface.Origin);
            instance.VirtualRouterId = Fact<int>.Unknown(instance.VirtualRouterId.Origin);
            instance.AdvertIntervalSeconds = Fact<int>.Unknown(instance.AdvertIntervalSeconds.Origin);
            instance.AuthPass = Fact<string>.Unknown(instance.AuthPass.Origin);
            instance.UnicastPeers = Fact<IReadOnlyList<Fact<string>>>.Unknown(instance.UnicastPeers.Origin);
            instance.UnicastSourceIP = Fact<string>.Unknown(instance.UnicastSourceIP.Origin);
            instance.AddressLabel = Fact<long>.Unknown(instance.AddressLabel.Origin);
        }

        private void FollowIf(bool follow, IInvocationOperation call, BuilderKind kind, bool conditional)
        {
            if (follow)
            {
                Callback(call, kind, conditional);
            }
        }

        private void Provider(string provider, object at, bool conditional)
        {
            if (conditional)
            {
                _facts.Provider = Fact<string>.Unknown(at);
                _facts.ReplacedProvider = Fact<string>.Unknown(at);
                return;
            }

            if (_facts.Provider.IsKnown && _facts.Provider.Value != provider)
            {
                _facts.ReplacedProvider = Fact<string>.Known(_facts.Provider.Value, _facts.Provider.Origin);
            }

            _facts.Provider = Fact<string>.Known(provider, at);
        }

        /// <summary>A builder that escapes can be changed by code we cannot see: everything it covers becomes unknown.</summary>
        private void Escape(BuilderKind kind)
        {
            _escaped |= 1 << (int)kind;

            // What the builder's methods write, from the catalogue; then what no single method writes, and the builders within.
            foreach (Setter setter in _symbols.SettersOf(kind))
            {
                setter.Text?.Invoke(_facts, Fact<string>.Unknown());
                setter.Int?.Invoke(_facts, Fact<int>.Unknown());
                setter.Bool?.Invoke(_facts, Fact<bool>.Unknown());
                setter.List?.Invoke(_facts, Fact<IReadOnlyList<Fact<string>>>.Unknown());
            }

            switch (kind)
            {
                case BuilderKind.Cluster:
                    Escape(BuilderKind.Network);
                    Escape(BuilderKind.Api);
                    Escape(BuilderKind.ControllerManager);
                    break;
                case BuilderKind.Network:
                    _facts.Provider = Fact<string>.Unknown();
                    _facts.ReplacedProvider = Fact<string>.Unknown();
                    Escape(BuilderKind.DualStack);
                    Escape(BuilderKind.Calico);
                    Escape(BuilderKind.KubeRouter);
                    Escape(BuilderKind.KubeProxy);
                    Escape(BuilderKind.NodeLocalLoadBalancing);
                    Escape(BuilderKind.ControlPlaneLoadBalancing);
                    break;
                case BuilderKind.Calico:
                    _facts.CalicoSettings = Fact<bool>.Unknown();
                    break;
                case BuilderKind.KubeRouter:
                    _facts.KubeRouterSettings = Fact<bool>.Unknown();
                    _kubeRouter.Forget();
                    break;
                case BuilderKind.KubeProxy:
                    _kubeProxy.Forget();
                    Escape(BuilderKind.KubeProxyIptables);
                    Escape(BuilderKind.KubeProxyIpvs);
                    Escape(BuilderKind.KubeProxyNftables);
                    break;
                case BuilderKind.NodeLocalLoadBalancing:
                    Escape(BuilderKind.NodeLocalProxy);
                    break;
                case BuilderKind.NodeLocalProxy:
                    _facts.EnvoyProxyApiServerBindPort = Fact<int>.Unknown();
                    _facts.EnvoyProxyKonnectivityServerBindPort = Fact<int>.Unknown();
                    _facts.TraefikApiServerBindPort = Fact<int>.Unknown();
                    _facts.TraefikKonnectivityServerBindPort = Fact<int>.Unknown();
                    break;
                case BuilderKind.ControlPlaneLoadBalancing:
                    Escape(BuilderKind.Keepalived);
                    break;
                case BuilderKind.Keepalived:
                    ForgetKeepalived(null);
                    break;
                case BuilderKind.VrrpInstance:
                    if (_vrrpCurrent != null)
                    {
                        Forget(_vrrpCurrent);
                    }

                    break;
                case BuilderKind.VirtualServer:
                    if (_serverCurrent != null)
                    {
                        _serverCurrent.DelayLoop = Fact<TimeSpan>.Unknown();
                        _serverCurrent.LbAlgo = Fact<string>.Unknown();
                        _serverCurrent.LbKind = Fact<string>.Unknown();
                        _serverCurrent.PersistenceTimeoutSeconds = Fact<int>.Unknown();
                    }

                    break;
                case BuilderKind.Api:
                    _api.Forget();
                    break;
                case BuilderKind.ControllerManager:
                    _controllerManager.Forget();
                    break;
            }
        }

        /// <summary>
        /// Whether <paramref name="operation"/> runs only sometimes within <paramref name="scope"/>: anything but
        /// straight-line statements and fluent calls between them (a branch, a loop, a nested lambda) counts.
        /// </summary>
        private static bool IsConditional(IOperation operation, IOperation scope)
        {
            IOperation child = operation;
            IOperation? parent = operation.Parent;
            while (parent != null && parent != scope)
            {
                bool straight = parent switch
                {
                    IBlockOperation => true,
                    IExpressionStatementOperation => true,
                    IConversionOperation => true,
                    IParenthesizedOperation => true,
                    // A call's receiver and arguments are always evaluated, before the call.
                    IInvocationOperation => true,
                    IArgumentOperation => true,
                    IVariableDeclarationGroupOperation => true,
                    IVariableDeclarationOperation => true,
                    IVariableDeclaratorOperation => true,
                    IVariableInitializerOperation => true,
                    ISimpleAssignmentOperation assignment => assignment.Value == child,
                    IReturnOperation => true,
                    IUsingOperation usingOperation => usingOperation.Body == child,
                    ILockOperation lockOperation => lockOperation.Body == child,
                    // With a catch clause, an exception can skip the rest of the try block and carry on after it.
                    ITryOperation tryOperation => tryOperation.Body == child && tryOperation.Catches.IsEmpty,
                    _ => false,
                };
                if (!straight)
                {
                    return true;
                }

                child = parent;
                parent = parent.Parent;
            }

            return parent == null;
        }

        [ThreadStatic]
        private static Stack<(IOperation Operation, bool Nested)>? t_pending;

        /// <summary>
        /// The operations of <paramref name="kind"/> under <paramref name="scope"/> that match, in source order,
        /// except that those inside a nested lambda or local function come last: such code can run after the
        /// statements that follow it, so what it writes must not be overwritten by them. One walk, no LINQ: this
        /// runs for every section lambda and every local that holds a builder.
        /// </summary>
        private static List<T> References<T>(IOperation scope, OperationKind kind, Func<T, bool> match)
            where T : class, IOperation
        {
            var direct = new List<T>();
            List<T>? nested = null;
            // One stack per thread, reused: the walk does not re-enter, and growing a fresh stack on every walk was
            // a visible part of the analyzer's allocations.
            Stack<(IOperation Operation, bool Nested)> pending = t_pending ??= new Stack<(IOperation Operation, bool Nested)>(64);
            pending.Clear();
            pending.Push((scope, false));
            while (pending.Count != 0)
            {
                (IOperation operation, bool inNested) = pending.Pop();
                if (operation.Kind == kind && operation is T found && match(found))
                {
                    (inNested ? nested ??= new List<T>() : direct).Add(found);
                }

                bool childrenNested = inNested || (operation != scope && (operation.Kind == OperationKind.AnonymousFunction || operation.Kind == OperationKind.LocalFunction));
                foreach (IOperation child in operation.ChildOperations.Reverse())
                {
                    pending.Push((child, childrenNested));
                }
            }

            direct.Sort(BySpanStart);
            if (nested != null)
            {
                nested.Sort(BySpanStart);
                direct.AddRange(nested);
            }

            return direct;
        }

        private static int BySpanStart<T>(T x, T y)
            where T : IOperation
            => x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart);

        internal static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        internal static IArgumentOperation? Argument(IInvocationOperation call, int ordinal)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>Where an argument's value is: the expression, or the call's name when the argument is implicit.</summary>
        private static Location ValueLocation(IInvocationOperation call, IArgumentOperation? argument)
            => argument == null || argument.IsImplicit || argument.ArgumentKind == ArgumentKind.DefaultValue
                ? NameLocation(call)
                : argument.Value.Syntax.GetLocation();

        private Fact<string> Text(IInvocationOperation call, int ordinal, bool conditional)
        {
            Value value = Evaluate(call, Argument(call, ordinal));
            return !conditional && value.IsKnown && value.Constant is string text
                ? Fact<string>.Known(text, value.Origin)
                : Fact<string>.Unknown(value.Origin);
        }

        private Fact<bool> Bool(IInvocationOperation call, int ordinal, bool conditional)
        {
            Value value = Evaluate(call, Argument(call, ordinal));
            return !conditional && value.IsKnown && value.Constant is bool known
                ? Fact<bool>.Known(known, value.Origin)
                : Fact<bool>.Unknown(value.Origin);
        }

        private Fact<int> Int(IInvocationOperation call, int ordinal, bool conditional)
        {
            Value value = Evaluate(call, Argument(call, ordinal));
            return !conditional && value.IsKnown && value.Constant is int known
                ? Fact<int>.Known(known, value.Origin)
                : Fact<int>.Unknown(value.Origin);
        }

        /// <summary>An enum argument as k0s spells it; a value with no member (a cast such as (CalicoMode)42) keeps its number, which K0S107 reports.</summary>
        private Fact<string> Enum(IInvocationOperation call, int ordinal, bool conditional)
        {
            IArgumentOperation? argument = Argument(call, ordinal);
            Value value = Evaluate(call, argument);
            if (conditional || !value.IsKnown || value.Constant == null
                || argument?.Parameter?.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                return Fact<string>.Unknown(value.Origin);
            }

            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value.Constant)
                    && EnumSpellings.Of(field) is string spelling)
                {
                    return Fact<string>.Known(spelling, value.Origin);
                }
            }

            return Fact<string>.Known(Convert.ToString(value.Constant, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, value.Origin);
        }

        /// <summary>Writes the field <paramref name="setter"/> names with the call's first argument, read as the rules read that field.</summary>
        private void Set(Setter setter, IInvocationOperation call, bool conditional)
        {
            if (setter.Text != null)
            {
                setter.Text(_facts, setter.IsEnum ? Enum(call, 0, conditional) : Text(call, 0, conditional));
            }
            else if (setter.Int != null)
            {
                setter.Int(_facts, Int(call, 0, conditional));
            }
            else if (setter.Bool != null)
            {
                setter.Bool(_facts, Bool(call, 0, conditional));
            }
            else
            {
                setter.List!(_facts, StringList(call, conditional));
            }
        }

        private Fact<IReadOnlyList<Fact<string>>> StringList(IInvocationOperation call, bool conditional)
        {
            IArgumentOperation? argument = Argument(call, 0);
            object at = Origin(ValueLocation(call, argument));
            // Sans("a", "b") and Sans(new[] { "a", "b" }) both create the array right there.
            if (conditional || argument == null
                || Unwrap(argument.Value) is not IArrayCreationOperation { Initializer: { } initializer })
            {
                return Fact<IReadOnlyList<Fact<string>>>.Unknown(at);
            }

            var entries = new List<Fact<string>>(initializer.ElementValues.Length);
            foreach (IOperation element in initializer.ElementValues)
            {
                object elementAt = Origin(element.Syntax.GetLocation());
                entries.Add(element.ConstantValue is { HasValue: true, Value: string text } ? Fact<string>.Known(text, elementAt) : Fact<string>.Unknown(elementAt));
            }

            return Fact<IReadOnlyList<Fact<string>>>.Known(entries, at);
        }

        /// <summary>One <c>extraArgs</c> map as the calls write it (a struct: a collector is made for each call, most write none).</summary>
        private struct ArgsState
        {
            // Made on the first write: most calls write no extraArgs at all.
            private Dictionary<string, ExtraArgFact>? _entries;
            private bool _complete;

            public ArgsState(bool complete) => _complete = complete;

            /// <summary>A typed helper such as <c>NodeCidrMaskSizeIPv6(120)</c>.</summary>
            public void SetTyped(string key, Fact<int> size, bool conditional)
            {
                Fact<string> value = size.IsKnown
                    ? Fact<string>.Known(size.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), size.Origin)
                    : Fact<string>.Unknown(size.Origin);
                Write(key, value, ExtraArgSource.TypedHelper, conditional, size.Origin);
            }

            public void Forget()
            {
                if (_entries != null)
                {
                    var keys = new List<string>(_entries.Keys);
                    foreach (string key in keys)
                    {
                        ExtraArgFact entry = _entries[key];
                        _entries[key] = new ExtraArgFact(Fact<string>.Unknown(entry.Value.Origin), entry.Source, entry.KeyOrigin);
                    }
                }

                _complete = false;
            }

            public ExtraArgsFacts ToFacts()
                => _entries == null || _entries.Count == 0
                    ? (_complete ? ExtraArgsFacts.Empty : ExtraArgsFacts.Unknown)
                    : new ExtraArgsFacts(_entries, _complete);

            public void Write(string key, Fact<string> value, ExtraArgSource source, bool conditional, object? keyOrigin)
            {
                _entries ??= new Dictionary<string, ExtraArgFact>(StringComparer.Ordinal);
                ExtraArgSource previous = _entries.TryGetValue(key, out ExtraArgFact existing) ? existing.Source : ExtraArgSource.None;
                if (conditional)
                {
                    _entries[key] = new ExtraArgFact(Fact<string>.Unknown(value.Origin), previous, keyOrigin);
                }
                else
                {
                    _entries[key] = new ExtraArgFact(value, previous | source, keyOrigin);
                }
            }
        }
    }

    /// <summary>
    /// The calls of the analyzed block that chains applied, each with every origin made while it was applied (its
    /// arguments, its name where something is written there, and those of the callbacks it ran). What a call writes on its
    /// own (<see cref="FactCollector.ForCall"/>) is written at some of these origins, so a call whose origins all hold
    /// values its chain ends with was checked there, and need not be collected again.
    /// </summary>
    internal sealed class WrittenOrigins
    {
        /// <summary>The origins, in the order they were made.</summary>
        public List<object> Origins { get; } = new List<object>();

        /// <summary>Each applied call and its origins: <see cref="Origins"/> from <c>Start</c> up to <c>End</c>.</summary>
        public List<(IInvocationOperation Call, int Start, int End)> Calls { get; } = new List<(IInvocationOperation, int, int)>();

        /// <summary>Adds to <paramref name="calls"/> the applied calls all of whose origins are in <paramref name="checkedValues"/>.</summary>
        public void AddCheckedCalls(HashSet<object> checkedValues, HashSet<IInvocationOperation> calls)
        {
            foreach ((IInvocationOperation call, int start, int end) in Calls)
            {
                bool all = true;
                for (int i = start; i < end && all; i++)
                {
                    all = checkedValues.Contains(Origins[i]);
                }

                if (all)
                {
                    calls.Add(call);
                }
            }
        }

        /// <summary>Empties both lists for the next block (keeping what they have grown to).</summary>
        public void Clear()
        {
            Origins.Clear();
            Calls.Clear();
        }
    }
}
