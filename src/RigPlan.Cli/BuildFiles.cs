using RigPlan.Core;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;

namespace RigPlan.Cli;

/// <summary>Reads a build file from disk: size limit, YAML syntax, then the build reader; reports every problem.</summary>
internal static class BuildFiles
{
    /// <summary>Loads the catalog (with the user's prices, if any) and a build file; null after reporting a problem.</summary>
    public static (HardwareCatalog Catalog, BuildSpec Build)? LoadWithCatalog(CliContext context, string path, FileInfo? prices)
    {
        var catalog = context.LoadCatalog();
        if (catalog is not null && prices is not null)
        {
            catalog = UserPrices.Apply(context, catalog, prices);
        }

        return catalog is not null && Load(context, catalog, path) is { } build ? (catalog, build) : null;
    }

    public static BuildSpec? Load(CliContext context, HardwareCatalog catalog, string path)
    {
        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            context.BadInput($"'{path}' is a folder, not a build file", "give the path to a YAML build file, e.g. examples/seed-4x3090.yaml");
            return null;
        }

        if (!info.Exists)
        {
            context.BadInput($"the build file '{path}' does not exist", "give the path to a YAML build file, e.g. examples/seed-4x3090.yaml");
            return null;
        }

        if (info.Length > BuildLimits.MaxFileBytes)
        {
            context.BadInput($"{path}: the file is {info.Length / 1024.0 / 1024.0:0.#} MB; a build file may be at most {BuildLimits.MaxFileBytes / 1024 / 1024} MB", "a build file describes a few nodes in a few kB; check you named the right file");
            return null;
        }

        var (root, syntax) = YamlDocuments.Parse(path, File.ReadAllText(path));
        if (syntax is not null)
        {
            Report(context, path, [syntax]);
            return null;
        }

        var result = new BuildFileReader(catalog).Read(root!, path);
        if (!result.Ok)
        {
            Report(context, path, result.Errors);
            return null;
        }

        return result.Build;
    }

    private static void Report(CliContext context, string path, IReadOnlyCollection<InputError> errors)
    {
        context.Stderr.WriteLine($"error: {path} has {errors.Count} problem(s):");
        foreach (var error in errors)
        {
            context.Stderr.WriteLine($"  {error}");
        }
    }
}
