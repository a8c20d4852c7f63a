namespace RigPlan.Cli;

/// <summary>Finds the catalog folder: an explicit one, RIGPLAN_CATALOG, the copy beside the binary, or data/catalog above the working directory.</summary>
internal static class CatalogLocator
{
    public static string Find(string? explicitDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return explicitDirectory;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("RIGPLAN_CATALOG");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        // Prefer the working tree's catalog when run inside a checkout, so edits show at once.
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "catalog");
            if (File.Exists(Path.Combine(candidate, "gpus.csv")) && File.Exists(Path.Combine(dir.FullName, "RigPlan.slnx")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "data", "catalog");
    }
}
