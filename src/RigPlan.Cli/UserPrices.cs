using RigPlan.Core.Catalog;

namespace RigPlan.Cli;

/// <summary>The `--prices FILE.csv` option: the user's own prices win over the catalog's, in every command.</summary>
internal static class UserPrices
{
    public static System.CommandLine.Option<FileInfo?> Option() => new("--prices")
    {
        Description = "A CSV of your own prices (part,price,date[,condition]) that override the catalog's",
    };

    public static HardwareCatalog? Apply(CliContext context, HardwareCatalog catalog, FileInfo file)
    {
        if (!file.Exists)
        {
            context.BadInput($"the price file '{file.FullName}' does not exist", "give the path to a CSV with the header part,price,date");
            return null;
        }

        if (file.Length > 8 * 1024 * 1024)
        {
            context.BadInput($"the price file '{file.FullName}' is {file.Length / (1024 * 1024)} MB; a price file may be at most 8 MB", "keep one row per part you want to price");
            return null;
        }

        var (userPrices, errors) = PriceReader.ReadUserPrices(file.FullName, File.ReadAllText(file.FullName), new NameResolver<Part>(catalog.AllParts.Where(p => p.Kind != PartKind.GpuBoard)), context.Today);
        if (!errors.IsEmpty)
        {
            context.Stderr.WriteLine($"error: the price file has {errors.Length} problem(s):");
            foreach (var error in errors)
            {
                context.Stderr.WriteLine($"  {error}");
            }

            return null;
        }

        return catalog.WithPrices(userPrices);
    }
}
