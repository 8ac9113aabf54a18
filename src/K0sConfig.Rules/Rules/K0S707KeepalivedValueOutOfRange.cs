using System;
using System.Collections.Generic;

namespace K0sConfig.Rules
{
    /// <summary>
    /// K0S707: a keepalived number out of range: persistenceTimeoutSeconds, delayLoop, advertIntervalSeconds,
    /// addressLabel, userSpaceProxyBindPort.
    /// </summary>
    internal sealed class K0S707KeepalivedValueOutOfRange : Rule
    {
        public K0S707KeepalivedValueOutOfRange()
            : base(new RuleDescriptor(
                RuleIds.KeepalivedValueOutOfRange,
                "Keepalived setting is out of range",
                "{0} {1}; {2}. {3}",
                FindingSeverity.Error,
                RuleCategories.LoadBalancing,
                "persistenceTimeoutSeconds must be 1..2678400, delayLoop positive (in whole microseconds), advertIntervalSeconds at least 1, addressLabel not 0xffffffff and at most 2147483647 (the CRD's int32), userSpaceProxyBindPort 1..65535; 0 means k0s's default for each of them."))
        {
        }

        public override IReadOnlyList<string>? Reads { get; } = new[] { FieldPaths.VrrpInstances, FieldPaths.VirtualServers, FieldPaths.UserSpaceProxyBindPort };

        public override void Evaluate(RuleContext context)
        {
            ClusterFacts facts = context.Facts;
            if (facts.VrrpInstances.IsKnown && facts.VrrpInstances.Value != null)
            {
                for (int i = 0; i < facts.VrrpInstances.Value.Count; i++)
                {
                    VrrpInstanceFacts instance = facts.VrrpInstances.Value[i];
                    string key = "vrrpInstances[" + i.ToInvariant() + "]";
                    Fact<long> interval = instance.AdvertIntervalSeconds;
                    if (interval.IsKnown && interval.Value < 0)
                    {
                        // k0s does not check it; the CRD (minimum 1) and keepalived do.
                        context.Report(this, FieldPaths.VrrpInstance(i) + ".advertIntervalSeconds", interval.Origin, key + ".advertIntervalSeconds", interval.Value.ToInvariant() + " is negative", "the k0s CRD requires at least 1, so the Kubernetes API server refuses it, and keepalived cannot advertise at a negative interval", "Use 1 or more seconds, or 0 for k0s's default of 1.");
                    }

                    Fact<long> label = instance.AddressLabel;
                    if (label.IsKnown && label.Value == 0xffffffffL)
                    {
                        context.Report(this, FieldPaths.VrrpInstance(i) + ".addressLabel", label.Origin, key + ".addressLabel", "0xffffffff is reserved", "k0s rejects it (\"controlPlaneLoadBalancing: AddressLabel 0xffffffff is reserved\")", "Use another label, or 0 for k0s's default of 10000.");
                    }
                    else if (label.IsKnown && label.Value > int.MaxValue)
                    {
                        // k0s reads a uint32, but its CRD declares the field format: int32.
                        context.Report(this, FieldPaths.VrrpInstance(i) + ".addressLabel", label.Origin, key + ".addressLabel", label.Value.ToInvariant() + " does not fit the CRD's int32", "k0s reads it, but the k0s CRD declares addressLabel format: int32, so the Kubernetes API server refuses the ClusterConfig with it (dynamic configuration)", "Use a label up to 2147483647, or 0 for k0s's default of 10000.");
                    }
                }
            }

            if (facts.VirtualServers.IsKnown && facts.VirtualServers.Value != null)
            {
                for (int i = 0; i < facts.VirtualServers.Value.Count; i++)
                {
                    VirtualServerFacts server = facts.VirtualServers.Value[i];
                    string key = "virtualServers[" + i.ToInvariant() + "]";
                    Fact<long> timeout = server.PersistenceTimeoutSeconds;
                    if (timeout.IsKnown && timeout.Value != 0 && (timeout.Value < 1 || timeout.Value > 2678400))
                    {
                        context.Report(this, FieldPaths.VirtualServer(i) + ".persistenceTimeoutSeconds", timeout.Origin, key + ".persistenceTimeoutSeconds", timeout.Value.ToInvariant() + " is outside 1..2678400 (31 days)", "k0s rejects it (\"controlPlaneLoadBalancing: PersistenceTimeout must be in the range of 1-2678400\")", "Use 1 to 2678400 seconds, or 0 for k0s's default of 360.");
                    }

                    // k0s truncates delayLoop to microseconds; zero is its default of 1m, anything else must stay positive.
                    Fact<TimeSpan> delay = server.DelayLoop;
                    if (delay.IsKnown && delay.Value != TimeSpan.Zero && delay.Value.Ticks / 10 <= 0)
                    {
                        context.Report(this, FieldPaths.VirtualServer(i) + ".delayLoop", delay.Origin, key + ".delayLoop", "is " + (delay.Value.Ticks < 0 ? "negative" : "shorter than a microsecond, which k0s truncates to 0"), "k0s rejects it (\"controlPlaneLoadBalancing: DelayLoop must be positive\")", "Use a positive interval such as 1 minute (k0s's default), or TimeSpan.Zero for that default.");
                    }
                }
            }

            Fact<long> port = facts.UserSpaceProxyBindPort;
            if (port.IsKnown && port.Value != 0 && (port.Value < 1 || port.Value > 65535))
            {
                context.Report(this, FieldPaths.UserSpaceProxyBindPort, port.Origin, "keepalived.userSpaceProxyBindPort", port.Value.ToInvariant() + " is outside 1..65535", "k0s rejects it (\"controlPlaneLoadBalancing: UserSpaceProxyPort must be in the range of 1-65535\")", "Use a free port from 1 to 65535, or 0 for k0s's default of 6444.");
            }
        }
    }
}
