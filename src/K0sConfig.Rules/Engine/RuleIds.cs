namespace K0sConfig.Rules
{
    /// <summary>Every rule id. Ids are stable: users write them in .editorconfig and suppressions.</summary>
    public static class RuleIds
    {
#pragma warning disable CS1591 // Each rule's page in docs/rules says what it checks.
        public const string InvalidCidr = "K0S101";
        public const string NonCanonicalCidr = "K0S102";
        public const string InvalidApiAddress = "K0S103";
        public const string InvalidExternalAddressOrSan = "K0S104";
        public const string InvalidClusterDomain = "K0S105";
        public const string PortOutOfRange = "K0S106";
        public const string UnsupportedValue = "K0S107";
        public const string DuplicateSetEntry = "K0S108";
        public const string InvalidKubeProxyIPBlock = "K0S109";
        public const string MasqueradeBitOutOfRange = "K0S110";
        public const string InvalidKubeProxyBindAddress = "K0S111";
        public const string PodServiceFamilyMismatch = "K0S201";
        public const string DualStackNeedsIPv4Cidrs = "K0S202";
        public const string DualStackNeedsIPv6Cidrs = "K0S203";
        public const string DualStackCidrsIgnored = "K0S204";
        public const string IPv6SingleStackFeatureGate = "K0S205";
        public const string ApiAddressFamilyMismatch = "K0S206";
        public const string HostNameExternalAddressPicksIPv4 = "K0S207";
        public const string CalicoDualStackNeedsBird = "K0S301";
        public const string CustomCniDualStack = "K0S302";
        public const string IgnoredProviderSettings = "K0S303";
        public const string KubeProxyUserspaceMode = "K0S304";
        public const string KubeRouterIPv6SingleStack = "K0S305";
        public const string InvalidNodeMaskSize = "K0S401";
        public const string PodCidrLongerThanNodeMask = "K0S402";
        public const string IPv6NodeMaskTooFarFromPodCidr = "K0S403";
        public const string NodeMaskFlagForWrongStack = "K0S404";
        public const string NodeRangeBelowMaxPods = "K0S405";
        public const string CapacitySummary = "K0S406";
        public const string PodServiceOverlap = "K0S501";
        public const string IPv6ServicePrefixRejected = "K0S502";
        public const string ServiceCidrTooLargeForOldApiServer = "K0S503";
        public const string ServiceCidrTooNarrow = "K0S504";
        public const string DashedExtraArgKey = "K0S601";
        public const string ExtraArgOverridesDerivedFlag = "K0S602";
        public const string NodeLocalLoadBalancingWithExternalAddress = "K0S701";
        public const string VrrpVirtualRouterId = "K0S702";
        public const string VrrpAuthPass = "K0S703";
        public const string VrrpVirtualIPs = "K0S704";
        public const string VrrpUnicast = "K0S705";
        public const string VirtualServerAddress = "K0S706";
        public const string KeepalivedValueOutOfRange = "K0S707";
        public const string ControlPlaneLoadBalancingWithExternalAddress = "K0S708";
        public const string VrrpInterfaceLookedUp = "K0S709";
        public const string VrrpInterfaceFromDefaultRoute = "K0S710";
        public const string UnknownKey = "K0S801";
        public const string WrongType = "K0S802";
        public const string DuplicateKey = "K0S803";
        public const string UnreadableDocument = "K0S804";
        public const string K0sCrashes = "K0S805";
        public const string NotClusterConfig = "K0S806";
        public const string K0sVersionOutsideSupportedRange = "K0S807";
        public const string FieldNotInK0sVersion = "K0S808";
        public const string K0sctlVersionPin = "K0S809";
        public const string UnreadableSetting = "K0S810";
        public const string HelmRepositoryIncomplete = "K0S901";
        public const string HelmChartInvalid = "K0S902";
        public const string WorkerProfileName = "K0S903";
        public const string WorkerProfileValues = "K0S904";
        public const string InvalidImage = "K0S905";
        public const string ExternalEtcdCluster = "K0S906";
        public const string InvalidPatch = "K0S907";
        public const string WorkerProfileValueType = "K0S908";
        public const string PatchWithoutContent = "K0S909";
        public const string StorageExtension = "K0S910";
        public const string K0sctlUnreadable = "K0S940";
        public const string K0sctlApiVersionKind = "K0S941";
        public const string K0sctlNoController = "K0S942";
        public const string K0sctlRole = "K0S943";
        public const string K0sctlDuplicateHost = "K0S944";
        public const string K0sctlConnection = "K0S945";
        public const string K0sctlNoTaints = "K0S946";
        public const string K0sctlK0sVersion = "K0S947";
        public const string K0sctlHostField = "K0S948";
        public const string K0sctlNoClusterConfig = "K0S949";
#pragma warning restore CS1591
    }

    /// <summary>Rule categories, as analyzers and SARIF report them.</summary>
    internal static class RuleCategories
    {
        public const string Address = "K0sConfig.Address";
        public const string AddressFamily = "K0sConfig.AddressFamily";
        public const string Provider = "K0sConfig.Provider";
        public const string NodeIpam = "K0sConfig.NodeIpam";
        public const string ServiceRange = "K0sConfig.ServiceRange";
        public const string ExtraArgs = "K0sConfig.ExtraArgs";
        public const string LoadBalancing = "K0sConfig.LoadBalancing";
        public const string Yaml = "K0sConfig.Yaml";
        public const string K0sctl = "K0sConfig.K0sctl";
        public const string Sections = "K0sConfig.Sections";
    }
}
