namespace K0sConfig.Tests;

/// <summary>ClusterConfig.WriteYaml and K0sctlCluster.WriteYaml write the whole file or nothing, and leave no temporary file behind.</summary>
public sealed class WriteYamlTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Writes_exactly_ToYaml_and_nothing_else()
    {
        ClusterConfig config = Configs.DualStackSample().Build();
        string path = Path.Combine(_directory, "k0s.yaml");

        config.WriteYaml(path);

        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(_directory));
        Assert.Equal(config.ToYaml(), File.ReadAllText(path));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(config.ToYaml()), File.ReadAllBytes(path)); // UTF-8, no byte order mark
    }

    [Fact]
    public void Replaces_an_existing_longer_file_whole()
    {
        string path = Path.Combine(_directory, "k0s.yaml");
        File.WriteAllText(path, "# an old, much longer file\n" + new string('#', 10_000) + "\n");
        ClusterConfig config = K0s.Cluster().Build();

        config.WriteYaml(path);

        Assert.Equal(config.ToYaml(), File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void Writing_twice_keeps_one_file_with_the_last_content()
    {
        string path = Path.Combine(_directory, "k0s.yaml");

        Configs.DualStackSample().Build().WriteYaml(path);
        Configs.NodeLocalLoadBalancing().Build().WriteYaml(path);

        Assert.Equal(Configs.NodeLocalLoadBalancing().Build().ToYaml(), File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void Missing_directory_fails_and_creates_nothing()
    {
        string missing = Path.Combine(_directory, "missing", "deeper");
        string path = Path.Combine(missing, "k0s.yaml");

        Assert.ThrowsAny<IOException>(() => K0s.Cluster().Build().WriteYaml(path));

        Assert.False(Directory.Exists(Path.Combine(_directory, "missing")));
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void Path_that_is_a_directory_fails_and_leaves_no_temporary_file()
    {
        string target = Path.Combine(_directory, "k0s.yaml");
        Directory.CreateDirectory(target);

        Assert.ThrowsAny<IOException>(() => K0s.Cluster().Build().WriteYaml(target));

        Assert.Equal(new[] { target }, Directory.GetFileSystemEntries(_directory));
        Assert.Empty(Directory.GetFileSystemEntries(target));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Empty_path_is_an_argument_error(string? path)
    {
        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => K0s.Cluster().Build().WriteYaml(path!));

        Assert.Equal("path", error.ParamName);
        Assert.Contains("k0s.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void K0sctl_cluster_replaces_an_existing_file_whole_and_leaves_no_temporary_file()
    {
        string path = Path.Combine(_directory, "k0sctl.yaml");
        File.WriteAllText(path, "# an old, much longer file\n" + new string('#', 10_000) + "\n");
        K0sctlCluster cluster = global::K0sConfig.K0sctl.Cluster().Host(K0sctlRole.Single, h => h.Localhost()).Build();

        cluster.WriteYaml(path);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(cluster.ToYaml()), File.ReadAllBytes(path)); // UTF-8, no byte order mark
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(_directory));

        string directory = Path.Combine(_directory, "k0sctl-dir.yaml");
        Directory.CreateDirectory(directory);
        Assert.ThrowsAny<IOException>(() => cluster.WriteYaml(directory));
        Assert.Equal(new[] { path, directory }.Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(_directory).Order(StringComparer.Ordinal));
        Assert.Contains("k0sctl.yaml", Assert.ThrowsAny<ArgumentException>(() => cluster.WriteYaml(string.Empty)).Message, StringComparison.Ordinal);
    }
}
