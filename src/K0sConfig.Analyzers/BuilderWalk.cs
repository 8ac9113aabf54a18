using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace K0sConfig.Analyzers
{
    /// <summary>What happens to a builder at one place in the code (<see cref="Step"/>).</summary>
    internal enum StepKind : byte
    {
        /// <summary>A builder method is called on it: <see cref="CallWriter"/> says what that call writes.</summary>
        Call,

        /// <summary>It is passed to a method in source, which writes to it (<see cref="MethodSummaries"/>); the steps up to <see cref="Step.End"/> go on with what that method returns.</summary>
        Helper,

        /// <summary>It is returned: the followed method gives it back to its caller, or else it escapes.</summary>
        Return,

        /// <summary>It escapes: stored, aliased, passed to code that cannot be followed.</summary>
        Escape,
    }

    /// <summary>One thing that happens to a builder, in the order the code does it.</summary>
    internal readonly struct Step
    {
        public Step(StepKind kind, BuilderKind builder, IOperation? operation, IArgumentOperation? argument, bool conditional, int end = -1)
        {
            Kind = kind;
            Builder = builder;
            Operation = operation;
            Argument = argument;
            Conditional = conditional;
            End = end;
        }

        public StepKind Kind { get; }

        /// <summary>The kind of the builder the step happens to.</summary>
        public BuilderKind Builder { get; }

        /// <summary>The builder call or the helper call (<see cref="IInvocationOperation"/>), or the <see cref="IReturnOperation"/>.</summary>
        public IOperation? Operation { get; }

        /// <summary>For a helper: the argument that passes the builder.</summary>
        public IArgumentOperation? Argument { get; }

        /// <summary>It runs only sometimes, within the code the walk started in (a branch, a loop, a nested lambda).</summary>
        public bool Conditional { get; }

        /// <summary>For a helper: the index past the steps that go on with the builder it returns.</summary>
        public int End { get; }

        public Step WithEnd(int end) => new Step(Kind, Builder, Operation, Argument, Conditional, end);
    }

    /// <summary>
    /// Where a builder goes in one piece of code, as a list of <see cref="Step"/>s: the calls made on it (through fluent
    /// calls and the locals it is stored in), the methods in source it is passed to, its <c>return</c>, or where it escapes.
    /// A pure function of the operation tree: it knows nothing of the caller, of constants or of the facts, so the steps of
    /// a followed method's parameter are worked out once per compilation (<see cref="MethodSummaries"/>) and applied at
    /// every call of it (<see cref="FactCollector.Run"/>).
    /// </summary>
    internal static class BuilderWalk
    {
        [ThreadStatic]
        private static List<Step>? t_steps;

        [ThreadStatic]
        private static Stack<(IOperation Operation, bool Nested)>? t_pending;

        /// <summary>The steps of the builder a lambda's or method's parameter receives: every use of the parameter in <paramref name="body"/>.</summary>
        public static Step[] FromParameter(KnownSymbols symbols, IOperation body, Func<IParameterReferenceOperation, bool> isParameter, BuilderKind kind)
        {
            List<Step> steps = Rent();
            foreach (IParameterReferenceOperation reference in References(body, OperationKind.ParameterReference, isParameter))
            {
                Follow(symbols, steps, reference, kind, IsConditional(reference, body));
            }

            return Return(steps);
        }

        /// <summary>The steps of the builder a section lambda receives as its one parameter.</summary>
        public static Step[] FromLambda(KnownSymbols symbols, IAnonymousFunctionOperation lambda, BuilderKind kind)
        {
            IParameterSymbol parameter = lambda.Symbol.Parameters[0];
            return FromParameter(symbols, lambda.Body, r => SymbolEqualityComparer.Default.Equals(r.Parameter, parameter), kind);
        }

        /// <summary>The steps of the builder <paramref name="root"/> (a <c>K0s.Cluster(...)</c> call, a factory call or property read) makes.</summary>
        public static Step[] FromValue(KnownSymbols symbols, IOperation root, BuilderKind kind)
        {
            List<Step> steps = Rent();
            Follow(symbols, steps, root, kind, conditional: false);
            return Return(steps);
        }

        private static List<Step> Rent()
        {
            List<Step> steps = t_steps ?? new List<Step>();
            t_steps = null;
            steps.Clear();
            return steps;
        }

        private static Step[] Return(List<Step> steps)
        {
            Step[] result = steps.Count == 0 ? Array.Empty<Step>() : steps.ToArray();
            steps.Clear();
            t_steps = steps;
            return result;
        }

        /// <summary>Follows a builder value upwards: the calls made on it, the local it is stored in, or where it escapes.</summary>
        private static void Follow(KnownSymbols symbols, List<Step> steps, IOperation operation, BuilderKind kind, bool conditional)
        {
            int first = steps.Count;
            FollowPath(symbols, steps, operation, kind, conditional);

            // The helpers this path passed the builder to: what comes after each goes on with what it returns.
            for (int i = first; i < steps.Count; i++)
            {
                if (steps[i].Kind == StepKind.Helper && steps[i].End < 0)
                {
                    steps[i] = steps[i].WithEnd(steps.Count);
                }
            }
        }

        private static void FollowPath(KnownSymbols symbols, List<Step> steps, IOperation operation, BuilderKind kind, bool conditional)
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
                        if (symbols.KindOf(invocation.TargetMethod.ContainingType) != kind)
                        {
                            return;
                        }

                        steps.Add(new Step(StepKind.Call, kind, invocation, null, conditional));
                        if (symbols.KindOf(invocation.Type) != kind)
                        {
                            return;
                        }

                        current = invocation;
                        continue;
                    case IExpressionStatementOperation:
                        return;
                    case IReturnOperation returned:
                        // The followed method returns this builder (its caller goes on with it), or else it escapes.
                        steps.Add(new Step(StepKind.Return, kind, returned, null, conditional));
                        return;
                    case IArgumentOperation argument when argument.Parent is IInvocationOperation config && symbols.IsK0sctlConfig(config.TargetMethod):
                        // Given to a k0sctl cluster, which reads it when it builds: the configuration as written so far.
                        return;
                    case IArgumentOperation argument when argument.Parent is IInvocationOperation helper && argument.Value == current
                                                          && symbols.KindOf(helper.TargetMethod.ContainingType) == BuilderKind.None:
                        steps.Add(new Step(StepKind.Helper, kind, helper, argument, conditional));
                        if (symbols.KindOf(helper.Type) != kind)
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
                            steps.Add(new Step(StepKind.Escape, kind, null, null, conditional));
                        }
                        else
                        {
                            TrackLocal(symbols, steps, declarator, kind, conditional);
                        }

                        return;
                    default:
                        // Passed as an argument, returned, assigned elsewhere, used conditionally: it escapes.
                        steps.Add(new Step(StepKind.Escape, kind, null, null, conditional));
                        return;
                }
            }
        }

        private static void TrackLocal(KnownSymbols symbols, List<Step> steps, IVariableDeclaratorOperation declarator, BuilderKind kind, bool conditional)
        {
            IOperation? scope = declarator.Parent;
            while (scope != null && scope is not IBlockOperation)
            {
                scope = scope.Parent;
            }

            if (scope == null)
            {
                steps.Add(new Step(StepKind.Escape, kind, null, null, conditional));
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
                    steps.Add(new Step(StepKind.Escape, kind, null, null, conditional));
                    return;
                }

                Follow(symbols, steps, reference, kind, conditional || IsConditional(reference, scope));
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

        /// <summary>
        /// The operations of <paramref name="kind"/> under <paramref name="scope"/> that match, in source order,
        /// except that those inside a nested lambda or local function come last: such code can run after the
        /// statements that follow it, so what it writes must not be overwritten by them. One walk, no LINQ: this
        /// runs for every section lambda and every local that holds a builder.
        /// </summary>
        public static List<T> References<T>(IOperation scope, OperationKind kind, Func<T, bool> match)
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
    }
}
