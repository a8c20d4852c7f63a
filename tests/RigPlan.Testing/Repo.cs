using RigPlan.Core.Catalog;

namespace RigPlan.Testing;

/// <summary>Finds the repository and its shipped catalog from a test's output folder.</summary>
public static class Repo
{
    private static readonly Lazy<HardwareCatalog> Shipped = new(() =>
    {
        var result = CatalogLoader.LoadDirectory(CatalogDirectory);
        return result.Catalog ?? throw new InvalidOperationException("the shipped catalog does not load:\n" + string.Join("\n", result.Errors.Take(20)));
    });

    /// <summary>The repository root (the folder holding RigPlan.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>data/catalog.</summary>
    public static string CatalogDirectory => Path.Combine(Root, "data", "catalog");

    /// <summary>The shipped catalog, loaded once per test run.</summary>
    public static HardwareCatalog Catalog => Shipped.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RigPlan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RigPlan.slnx not found above " + AppContext.BaseDirectory);
    }
}
