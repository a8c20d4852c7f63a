namespace RigPlan.Testing;

/// <summary>A copy of the shipped catalog in a temporary folder, for tests that change a file; deleted on dispose.</summary>
public sealed class TempCatalog : IDisposable
{
    private TempCatalog(DirectoryInfo dir) => Directory = dir.FullName;

    /// <summary>The folder, for <c>--catalog</c>.</summary>
    public string Directory { get; }

    /// <summary>Copies every catalog file.</summary>
    public static TempCatalog Copy()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("rigplan-catalog-");
        foreach (var file in System.IO.Directory.GetFiles(Repo.CatalogDirectory, "*.csv"))
        {
            File.Copy(file, Path.Combine(dir.FullName, Path.GetFileName(file)));
        }

        return new TempCatalog(dir);
    }

    /// <summary>Rewrites one file of the copy.</summary>
    /// <param name="file">The file name, e.g. <c>prices.csv</c>.</param>
    /// <param name="change">The new text from the old.</param>
    public TempCatalog Edit(string file, Func<string, string> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var path = Path.Combine(Directory, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        return this;
    }

    /// <inheritdoc />
    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
