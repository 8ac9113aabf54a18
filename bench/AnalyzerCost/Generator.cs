using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using K0sConfig.Rules;

namespace K0sConfig.Bench
{
    /// <summary>
    /// Writes the benchmark projects into one directory:
    /// <list type="bullet">
    /// <item><c>Heavy</c>: 200 files with 1,000 builder chains among ordinary code; K0sConfig and its analyzer referenced.</item>
    /// <item><c>Plain</c>: the same files with every K0sConfig use removed; the analyzer is loaded, K0sConfig is not referenced.</item>
    /// <item><c>PlainRef</c>: Plain's files, but the compilation references K0sConfig (the analyzer is active and finds nothing).</item>
    /// <item><c>HeavyNoAnalyzer</c>: Heavy's files without the analyzer: the compiler's baseline.</item>
    /// <item><c>Composed</c>: 200 files with 1,000 configurations written through factories, overlays, extension helpers,
    /// method-group callbacks and <c>Make(pod, svc)</c> helpers, among the same kind of ordinary code as Heavy.</item>
    /// <item><c>ChainsOnly</c>: 200 files with 1,000 builder chains and nothing else.</item>
    /// </list>
    /// Each project has its own random sequence from the seed, so adding one does not change the others' files.
    /// </summary>
    internal static class Generator
    {
        public static readonly string[] Variants = { "Heavy", "Plain", "PlainRef", "HeavyNoAnalyzer", "Composed", "ChainsOnly" };

        public static GenerationSummary Generate(string outDir, string repoRoot, int files, int chains, int seed)
        {
            var rng = new Random(seed);
            if (Directory.Exists(outDir))
            {
                foreach (string variant in Variants)
                {
                    string dir = Path.Combine(outDir, variant);
                    if (Directory.Exists(dir))
                    {
                        Directory.Delete(dir, recursive: true);
                    }
                }
            }

            Directory.CreateDirectory(Path.Combine(outDir, "Heavy"));
            Directory.CreateDirectory(Path.Combine(outDir, "Plain"));

            int[] perFile = Distribute(rng, files, chains);
            var chainWriter = new Chains(rng);
            long heavyBytes = 0, plainBytes = 0, heavyLines = 0, plainLines = 0;
            int chainIndex = 0;
            for (int f = 0; f < files; f++)
            {
                (string heavy, string plain) = File(rng, chainWriter, f, perFile[f], ref chainIndex);
                string name = OrdinaryCode.Noun(rng, f) + "Module.cs";
                System.IO.File.WriteAllText(Path.Combine(outDir, "Heavy", name), heavy);
                System.IO.File.WriteAllText(Path.Combine(outDir, "Plain", name), plain);
                heavyBytes += Encoding.UTF8.GetByteCount(heavy);
                plainBytes += Encoding.UTF8.GetByteCount(plain);
                heavyLines += heavy.Count(c => c == '\n');
                plainLines += plain.Count(c => c == '\n');
            }

            ComposedSummary composed = GenerateComposed(Path.Combine(outDir, "Composed"), files, chains, seed + 1);
            ChainsOnlySummary chainsOnly = GenerateChainsOnly(Path.Combine(outDir, "ChainsOnly"), files, chains, seed + 2);
            WriteProjects(outDir, repoRoot);
            return new GenerationSummary(files, chainWriter.Count, chainWriter.FullyConstant, chainWriter.MistakeCounts, heavyLines, plainLines, heavyBytes, plainBytes, composed, chainsOnly);
        }

        /// <summary>Composed: Heavy's kind of ordinary code, with the configurations written through factories and helpers.</summary>
        private static ComposedSummary GenerateComposed(string dir, int files, int configurations, int seed)
        {
            var rng = new Random(seed);
            Directory.CreateDirectory(dir);
            int[] perFile = Distribute(rng, files, configurations);
            var writer = new Composed(rng);
            long lines = 0;
            int index = 0;
            for (int f = 0; f < files; f++)
            {
                string noun = OrdinaryCode.Noun(rng, f);
                var text = new StringBuilder();
                text.Append("using System;\nusing System.Collections.Generic;\nusing System.Globalization;\nusing System.Linq;\nusing System.Text;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing K0sConfig;\n");
                text.Append("\nnamespace Fleet.").Append(noun).Append("\n{\n");
                text.Append(OrdinaryCode.Types(noun)).Append(OrdinaryCode.ServiceHeader(noun));
                int methods = 9 + rng.Next(7);
                for (int m = 0; m < methods; m++)
                {
                    text.Append(OrdinaryCode.Method(rng, noun, m));
                }

                text.Append("    }\n");
                text.Append(writer.Clusters(noun, index, perFile[f]));
                index += perFile[f];
                text.Append("}\n");
                string content = text.ToString();
                System.IO.File.WriteAllText(Path.Combine(dir, noun + "Module.cs"), content);
                lines += content.Count(c => c == '\n');
            }

            return new ComposedSummary(writer.Count, writer.Followed, writer.MistakeCounts, lines);
        }

        /// <summary>ChainsOnly: Heavy's kind of chains, in profile classes, and no other code.</summary>
        private static ChainsOnlySummary GenerateChainsOnly(string dir, int files, int chains, int seed)
        {
            var rng = new Random(seed);
            Directory.CreateDirectory(dir);
            int[] perFile = Distribute(rng, files, chains);
            var writer = new Chains(rng);
            long lines = 0;
            int index = 0;
            for (int f = 0; f < files; f++)
            {
                string noun = OrdinaryCode.Noun(rng, f);
                var text = new StringBuilder();
                text.Append("using System;\nusing K0sConfig;\n\nnamespace Fleet.").Append(noun).Append("\n{\n");
                text.Append("    internal static class ").Append(noun).Append("ClusterProfiles\n    {\n");
                text.Append(writer.Constants(noun));
                for (int c = 0; c < perFile[f]; c++)
                {
                    text.Append(writer.Method(index++));
                }

                text.Append("    }\n}\n");
                string content = text.ToString();
                System.IO.File.WriteAllText(Path.Combine(dir, noun + "Profiles.cs"), content);
                lines += content.Count(c => c == '\n');
            }

            return new ChainsOnlySummary(writer.Count, writer.MistakeCounts, lines);
        }

        /// <summary>Chains per file: 3 to 7, adjusted so that they add up to <paramref name="chains"/>.</summary>
        private static int[] Distribute(Random rng, int files, int chains)
        {
            var counts = new int[files];
            for (int i = 0; i < files; i++)
            {
                counts[i] = 3 + rng.Next(5);
            }

            int diff = chains - counts.Sum();
            while (diff != 0)
            {
                int i = rng.Next(files);
                if (diff > 0 && counts[i] < 9)
                {
                    counts[i]++;
                    diff--;
                }
                else if (diff < 0 && counts[i] > 1)
                {
                    counts[i]--;
                    diff++;
                }
            }

            return counts;
        }

        /// <summary>One file, as Heavy has it and as Plain has it (the same text without K0sConfig).</summary>
        private static (string Heavy, string Plain) File(Random rng, Chains chains, int file, int chainCount, ref int chainIndex)
        {
            string noun = OrdinaryCode.Noun(rng, file);
            var parts = new List<(string Text, bool K0s)>();
            parts.Add(("using System;\nusing System.Collections.Generic;\nusing System.Globalization;\nusing System.Linq;\nusing System.Text;\nusing System.Threading;\nusing System.Threading.Tasks;\n", false));
            parts.Add(("using K0sConfig;\n", true));
            parts.Add(($"\nnamespace Fleet.{noun}\n{{\n", false));
            parts.Add((OrdinaryCode.Types(noun), false));
            parts.Add((OrdinaryCode.ServiceHeader(noun), false));

            // Ordinary methods, with a chain or two among them.
            int methods = 9 + rng.Next(7);
            int inService = Math.Min(chainCount, rng.Next(0, 3));
            var chainSlots = new HashSet<int>();
            while (chainSlots.Count < inService)
            {
                chainSlots.Add(rng.Next(methods));
            }

            for (int m = 0; m < methods; m++)
            {
                parts.Add((OrdinaryCode.Method(rng, noun, m), false));
                if (chainSlots.Contains(m))
                {
                    parts.Add((chains.Method(chainIndex++), true));
                }
            }

            parts.Add(("    }\n", false));

            // The rest of the chains in a profile class, as a project that keeps its clusters in one place would.
            int rest = chainCount - inService;
            if (rest > 0)
            {
                var profiles = new StringBuilder();
                profiles.Append("\n    internal static class ").Append(noun).Append("ClusterProfiles\n    {\n");
                profiles.Append(chains.Constants(noun));
                for (int c = 0; c < rest; c++)
                {
                    profiles.Append(chains.Method(chainIndex++));
                }

                profiles.Append("    }\n");
                parts.Add((profiles.ToString(), true));
            }

            parts.Add(("}\n", false));

            string heavy = string.Concat(parts.Select(p => p.Text));
            string plain = string.Concat(parts.Where(p => !p.K0s).Select(p => p.Text));
            if (inService > 0)
            {
                // Chains in the service class use the profile class's constants.
                heavy = heavy.Replace($"public sealed class {noun}Service\n    {{\n", $"public sealed class {noun}Service\n    {{\n{chains.Constants(noun)}", StringComparison.Ordinal);
            }

            return (heavy, plain);
        }

        private static void WriteProjects(string outDir, string repoRoot)
        {
            // The directory's own props and targets: nothing above it is imported.
            System.IO.File.WriteAllText(Path.Combine(outDir, "Directory.Build.props"), $$"""
                <Project>
                  <!-- Generated by bench/AnalyzerCost. The repository whose analyzer is measured: -->
                  <PropertyGroup>
                    <K0sRepo>{{repoRoot}}</K0sRepo>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Library</OutputType>
                    <LangVersion>latest</LangVersion>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <Deterministic>true</Deterministic>
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                    <GenerateDocumentationFile>false</GenerateDocumentationFile>
                    <!-- The K0sConfig analyzer is loaded (true) or not, and the compilation references K0sConfig (true) or not. -->
                    <K0sAnalyzer Condition="'$(K0sAnalyzer)' == ''">true</K0sAnalyzer>
                    <K0sReference Condition="'$(K0sReference)' == ''">true</K0sReference>
                  </PropertyGroup>
                  <ItemGroup>
                    <!-- Mistakes are reported as warnings so that the build succeeds and every run is comparable. -->
                    <GlobalAnalyzerConfigFiles Include="$(MSBuildThisFileDirectory)bench.globalconfig" />
                  </ItemGroup>
                </Project>

                """);

            // The same wiring as samples/Directory.Build.targets, switchable.
            System.IO.File.WriteAllText(Path.Combine(outDir, "Directory.Build.targets"), """
                <Project>
                  <!-- As samples/Directory.Build.targets: a project reference to K0sConfig, the analyzer as an Analyzer item,
                       and the rule engine, the YAML reader and IPNetwork2 DLLs (from the references) added as Analyzer items. -->
                  <ItemGroup>
                    <ProjectReference Include="$(K0sRepo)/src/K0sConfig/K0sConfig.csproj" />
                    <ProjectReference Include="$(K0sRepo)/src/K0sConfig.Rules/K0sConfig.Rules.csproj" />
                    <ProjectReference Include="$(K0sRepo)/src/K0sConfig.Yaml/K0sConfig.Yaml.csproj" />
                    <ProjectReference Include="$(K0sRepo)/src/K0sConfig.Analyzers/K0sConfig.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" Condition="'$(K0sAnalyzer)' == 'true'" />
                  </ItemGroup>

                  <Target Name="AddK0sConfigAnalyzerDependencies" AfterTargets="ResolveAssemblyReferences" BeforeTargets="CoreCompile" Condition="'$(K0sAnalyzer)' == 'true'">
                    <ItemGroup>
                      <Analyzer Include="@(ReferencePath)" Condition="'%(Filename)' == 'K0sConfig.Rules' or '%(Filename)' == 'K0sConfig.Yaml' or '%(Filename)' == 'System.Net.IPNetwork'" />
                    </ItemGroup>
                  </Target>

                  <!-- Plain: the analyzer and its dependencies are loaded exactly as in Heavy, but the compilation does not
                       reference K0sConfig (nor the rule engine, the YAML reader, IPNetwork2 or YamlDotNet), so the analyzer registers nothing. -->
                  <Target Name="DropK0sConfigReferences" AfterTargets="ResolveAssemblyReferences" BeforeTargets="FindReferenceAssembliesForReferences;CoreCompile" DependsOnTargets="AddK0sConfigAnalyzerDependencies" Condition="'$(K0sReference)' == 'false'">
                    <ItemGroup>
                      <ReferencePath Remove="@(ReferencePath)" Condition="'%(Filename)' == 'K0sConfig' or '%(Filename)' == 'K0sConfig.Rules' or '%(Filename)' == 'K0sConfig.Yaml' or '%(Filename)' == 'System.Net.IPNetwork' or '%(Filename)' == 'YamlDotNet'" />
                    </ItemGroup>
                  </Target>
                </Project>

                """);

            // Every K0S rule whose default is an error becomes a warning: the analyzer still runs and reports it.
            var config = new StringBuilder("is_global = true\n\n# Generated by bench/AnalyzerCost: K0S errors as warnings, so that the benchmark builds succeed.\n");
            foreach (RuleDescriptor rule in RuleEngine.Catalogue.Where(r => r.DefaultSeverity == FindingSeverity.Error))
            {
                config.Append("dotnet_diagnostic.").Append(rule.Id).Append(".severity = warning\n");
            }

            System.IO.File.WriteAllText(Path.Combine(outDir, "bench.globalconfig"), config.ToString());

            Project(outDir, "Heavy", "Heavy", analyzer: true, reference: true);
            Project(outDir, "Plain", "Plain", analyzer: true, reference: false);
            Project(outDir, "PlainRef", "Plain", analyzer: true, reference: true);
            Project(outDir, "HeavyNoAnalyzer", "Heavy", analyzer: false, reference: true);
            Project(outDir, "Composed", "Composed", analyzer: true, reference: true);
            Project(outDir, "ChainsOnly", "ChainsOnly", analyzer: true, reference: true);
        }

        private static void Project(string outDir, string name, string sources, bool analyzer, bool reference)
        {
            Directory.CreateDirectory(Path.Combine(outDir, name));
            System.IO.File.WriteAllText(Path.Combine(outDir, name, name + ".csproj"), $$"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <K0sAnalyzer>{{(analyzer ? "true" : "false")}}</K0sAnalyzer>
                    <K0sReference>{{(reference ? "true" : "false")}}</K0sReference>
                  </PropertyGroup>
                  <ItemGroup>
                    <Compile Include="../{{sources}}/*.cs" />
                  </ItemGroup>
                </Project>

                """);
        }
    }

    internal sealed record ComposedSummary(int Configurations, int Followed, int[] Mistakes, long Lines);

    internal sealed record ChainsOnlySummary(int Chains, int[] Mistakes, long Lines);

    internal sealed record GenerationSummary(int Files, int Chains, int FullyConstantChains, int[] Mistakes, long HeavyLines, long PlainLines, long HeavyBytes, long PlainBytes, ComposedSummary Composed, ChainsOnlySummary ChainsOnly)
    {
        public override string ToString()
        {
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"files: {Files}, chains: {Chains} ({FullyConstantChains} without mistakes, all values constant, straight-line)");
            text.AppendLine(CultureInfo.InvariantCulture, $"Heavy: {HeavyLines} lines, {HeavyBytes / 1024} KiB; Plain: {PlainLines} lines, {PlainBytes / 1024} KiB");
            text.Append("chains with a mistake: ");
            text.AppendLine(string.Join(", ", K0sConfig.Bench.Chains.MistakeRules.Select((id, i) => $"{id} {Mistakes[i]}")) + $" (total {Mistakes.Sum()})");
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Composed: {Composed.Configurations} configurations ({Composed.Followed} without mistakes whose values the analyzer can follow), {Composed.Lines} lines; with a mistake: ")
                + string.Join(", ", K0sConfig.Bench.Composed.MistakeRules.Select((id, i) => $"{id} {Composed.Mistakes[i]}")) + $" (total {Composed.Mistakes.Sum()})");
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"ChainsOnly: {ChainsOnly.Chains} chains, {ChainsOnly.Lines} lines; with a mistake: ")
                + string.Join(", ", K0sConfig.Bench.Chains.MistakeRules.Select((id, i) => $"{id} {ChainsOnly.Mistakes[i]}")) + $" (total {ChainsOnly.Mistakes.Sum()})");
            return text.ToString();
        }
    }
}
