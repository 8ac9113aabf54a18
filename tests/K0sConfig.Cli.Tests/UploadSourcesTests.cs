using K0sConfig.Yaml;
using static K0sConfig.Cli.Tests.Cli;

namespace K0sConfig.Cli.Tests;

/// <summary>
/// k0sctl looks for every local upload source (<c>spec.hosts[].files[].src</c>) on the machine it runs on, relative to
/// the k0sctl.yaml's folder, before it validates the file; <c>validate</c> does the same (src/K0sConfig.Cli/UploadSources.cs).
/// What k0sctl itself answers on a fixed tree is in K0sctlVerdicts (the u-*.yaml cases); these tests pin the exact
/// findings and what a committed tree cannot hold (an empty folder, a hidden file, a '%' in a name).
/// </summary>
public sealed class UploadSourcesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("k0sconfig-uploads-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string K0sctl(string file) => $"""
        apiVersion: k0sctl.k0sproject.io/v1beta1
        kind: Cluster
        spec:
          hosts:
            - role: controller
              ssh:
                address: 10.0.0.1
              files:
        {file}
        """;

    private (int ExitCode, string[] Lines) Validate(string file)
    {
        string path = Path.Combine(_dir, "k0sctl.yaml");
        File.WriteAllText(path, K0sctl(file));
        (int exitCode, string stdout, string stderr) = Run("validate", path);
        Assert.Equal(string.Empty, stderr);
        return (exitCode, Lines(stdout).Where(l => !l.Contains("K0S949", StringComparison.Ordinal)).Select(l => l.Replace(_dir, "<dir>", StringComparison.Ordinal)).ToArray());
    }

    private void Write(string relative)
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
    }

    [Fact]
    public void A_missing_source_is_K0S940_at_its_value_with_k0sctls_stat_error_and_the_path_it_looked_at()
    {
        (int exitCode, string[] lines) = Validate("""
                    - name: manifests
                      src: manifests/app.yaml
                      dstDir: /var/lib/k0s/manifests/app
            """);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "<dir>/k0sctl.yaml(10,16): error K0S940: spec.hosts[0].files[0].src 'manifests/app.yaml' does not exist on this machine (k0sctl looks for it at <dir>/manifests/app.yaml); "
            + "k0sctl refuses the file (\"failed to resolve upload file paths: failed to stat local path for manifests: stat <dir>/manifests/app.yaml: no such file or directory\"). "
            + "Write the path of a file or folder that exists, relative to the k0sctl.yaml's folder or absolute, or a URL.",
            Assert.Single(lines));

        Write("manifests/app.yaml");
        Assert.Equal((0, Array.Empty<string>()), Validate("""
                    - name: manifests
                      src: manifests/app.yaml
                      dstDir: /var/lib/k0s/manifests/app
            """));
    }

    [Fact]
    public void A_file_where_a_folder_should_be_is_not_a_directory_as_Go_says()
    {
        Write("app.yaml");
        (_, string[] lines) = Validate("""
                    - src: app.yaml/x
                      dstDir: /etc/x
            """);
        Assert.Contains("\"failed to resolve upload file paths: failed to stat local path for app.yaml/x: stat <dir>/app.yaml/x: not a directory\"", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_holds_no_file_to_upload()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "empty", "sub"));
        (int exitCode, string[] lines) = Validate("""
                    - name: bundle
                      src: empty
                      dstDir: /etc/x
            """);
        Assert.Equal(1, exitCode);
        Assert.Equal(
            "<dir>/k0sctl.yaml(10,16): error K0S940: spec.hosts[0].files[0].src 'empty' matches no file on this machine (k0sctl looks in <dir>/empty); "
            + "k0sctl refuses the file (\"failed to resolve upload file paths: no files found for bundle\"). "
            + "Write a glob or folder that holds at least one file, relative to the k0sctl.yaml's folder or absolute.",
            Assert.Single(lines));

        Write("empty/sub/deep.conf");
        Assert.Equal((0, Array.Empty<string>()), Validate("""
                    - name: bundle
                      src: empty
                      dstDir: /etc/x
            """));
    }

    [Fact]
    public void A_glob_counts_hidden_files_and_a_single_file_dst_takes_only_one()
    {
        Write("conf/a.conf");
        Write("conf/.hidden");
        (int exitCode, string[] lines) = Validate("""
                    - name: conf
                      src: conf/*
                      dst: /etc/app.conf
            """);
        Assert.Equal(1, exitCode);
        Assert.Equal(
            "<dir>/k0sctl.yaml(10,16): error K0S940: spec.hosts[0].files[0].src 'conf/*' matches 2 files, but dst '/etc/app.conf' names one file; "
            + "k0sctl refuses the file (\"failed to resolve upload file paths: found multiple files for conf but single file dst /etc/app.conf defined\"). "
            + "Write dstDir (the folder the files go to) instead of dst, or a src that matches one file.",
            Assert.Single(lines));

        Assert.Equal((0, Array.Empty<string>()), Validate("""
                    - name: conf
                      src: conf/*.conf
                      dst: /etc/app.conf
            """));
    }

    [Fact]
    public void A_percent_sign_makes_a_glob_that_matches_the_name_as_written()
    {
        Write("a%20b.txt");
        Assert.Equal((0, Array.Empty<string>()), Validate("""
                    - src: a%20b.txt
                      dst: /etc/x
            """));
        (_, string[] lines) = Validate("""
                    - src: a%21b.txt
                      dst: /etc/x
            """);
        Assert.Contains("(\"failed to resolve upload file paths: no files found for a%21b.txt\")", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_source_of_every_host_is_reported_and_urls_and_inline_data_are_not_looked_for()
    {
        (_, string[] lines) = Validate("""
                    - src: one.txt
                      dstDir: /etc/x
                    - src: https://example.com/two.txt
                      dstDir: /etc/x
                    - src: three.txt
                      data: inline
                      dst: /etc/x/three.txt
                    - src: four/*.txt
                      dstDir: /etc/x
            """);
        Assert.Equal(2, lines.Length);
        Assert.Contains("K0S940: spec.hosts[0].files[0].src 'one.txt' does not exist", lines[0], StringComparison.Ordinal);
        Assert.Contains("K0S940: spec.hosts[0].files[3].src 'four/*.txt' matches no file", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_with_an_environment_variable_is_not_looked_for()
    {
        // k0sctl substitutes $VAR and ${VAR} from its own environment before it reads the file: the path is not known here.
        Assert.Equal((0, Array.Empty<string>()), Validate("""
                    - src: $CONF_DIR/a.yaml
                      dstDir: /etc/x
                    - src: ${CONF_DIR}/b.yaml
                      dstDir: /etc/x
            """));
    }

    [Fact]
    public void Only_the_command_line_reads_the_disk_the_rules_and_the_in_build_check_do_not()
    {
        string path = Path.Combine(_dir, "k0sctl.yaml");
        File.WriteAllText(path, K0sctl("""
                    - src: missing.txt
                      dstDir: /etc/x
            """));
        YamlReadResult read = ClusterConfigYaml.Read(File.ReadAllBytes(path), path);
        Assert.DoesNotContain(read.Validate(), f => f.RuleId == "K0S940");

        Validator.ResolveUploadSources(read, _dir);
        Assert.Contains(read.Validate(), f => f.RuleId == "K0S940" && f.Path == "spec.hosts[0].files[0].src");
    }

    [Fact]
    public void Standard_input_resolves_against_the_working_folder_as_k0sctl_does()
    {
        Assert.Equal(Directory.GetCurrentDirectory(), UploadSources.BaseDirOf("-"));
        Assert.Equal(_dir, UploadSources.BaseDirOf(Path.Combine(_dir, "k0sctl.yaml")));
    }

    [Theory]
    [InlineData("a/b/../c", "a/c")]
    [InlineData("/a/./b//c/", "/a/b/c")]
    [InlineData("/../a", "/a")]
    [InlineData("../../a", "../../a")]
    [InlineData("a/..", ".")]
    [InlineData("", ".")]
    public void Clean_is_Gos_path_Clean(string path, string cleaned) => Assert.Equal(cleaned, UploadSources.Clean(path));

    [Theory]
    [InlineData("/x/y/*.yaml", "/x/y", "*.yaml")]
    [InlineData("/x/y*/z", "/x", "y*/z")]
    [InlineData("*.yaml", ".", "*.yaml")]
    [InlineData("/*", "/", "*")]
    [InlineData("/x/a\\*/b*", "/x/a*", "b*")]
    [InlineData("/x/a\\b/c*", "/x/a\\b", "c*")]
    public void SplitPattern_is_doublestars(string pattern, string globBase, string rest)
        => Assert.Equal((globBase, rest), UploadSources.SplitPattern(pattern));

    [Theory]
    [InlineData("*.yaml", "a.yaml", true)]
    [InlineData("*.yaml", "d/a.yaml", false)]
    [InlineData("**/a.yaml", "a.yaml", true)]
    [InlineData("**/a.yaml", "d/e/a.yaml", true)]
    [InlineData("**", "d/e/a.yaml", true)]
    [InlineData("d**/a.yaml", "dx/a.yaml", true)]
    [InlineData("d**/a.yaml", "dx/y/a.yaml", false)]
    [InlineData("m?.txt", "m1.txt", true)]
    [InlineData("m?.txt", "m12.txt", false)]
    [InlineData("m[12].txt", "m2.txt", true)]
    [InlineData("m[!1].txt", "m1.txt", false)]
    [InlineData("m[^1].txt", "m2.txt", true)]
    [InlineData("m[0-9].txt", "m7.txt", true)]
    [InlineData("m[a-].txt", "m-.txt", true)]
    [InlineData("{a,b/c}.txt", "b/c.txt", true)]
    [InlineData("{a,{b,c}}.txt", "c.txt", true)]
    [InlineData("a\\*.txt", "a*.txt", true)]
    [InlineData("a\\*.txt", "ab.txt", false)]
    [InlineData("a].txt", "a].txt", true)]
    public void A_pattern_matches_as_doublestar_matches(string pattern, string path, bool matches)
        => Assert.Equal(matches, System.Text.RegularExpressions.Regex.IsMatch(path, "^" + UploadSources.ToRegex(pattern) + "$"));

    [Theory]
    [InlineData("m[1.txt")]
    [InlineData("m[].txt")]
    [InlineData("m[!].txt")]
    [InlineData("{a,b.txt")]
    [InlineData("a}.txt")]
    [InlineData("a\\")]
    public void A_pattern_doublestar_refuses_is_malformed(string pattern)
    {
        Assert.Null(UploadSources.ToRegex(pattern));
        Assert.Equal(UploadSources.Malformed, UploadSources.Glob(Directory.GetCurrentDirectory(), pattern));
    }
}
