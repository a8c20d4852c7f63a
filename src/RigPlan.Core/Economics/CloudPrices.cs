using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Economics;

/// <summary>Reads data/models/cloud_prices.csv; every GPU must be a catalog GPU.</summary>
public static class CloudPrices
{
    /// <summary>Loads the cloud price table from a folder.</summary>
    public static (ImmutableArray<CloudPrice> Prices, ImmutableArray<InputError> Errors) Load(string directory, HardwareCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var path = Path.Combine(directory, "cloud_prices.csv");
        if (!File.Exists(path))
        {
            return ([], [new InputError(path, 0, null, "the file is missing", "restore it from the repository")]);
        }

        var errors = new List<InputError>();
        var table = CsvTable.Parse(path, File.ReadAllText(path), errors);
        var prices = ImmutableArray.CreateBuilder<CloudPrice>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(path, row, errors);
            var gpu = r.Required("gpu");
            if (gpu.Length > 0 && catalog.Find(gpu) is not Gpu)
            {
                r.Error("gpu", $"'{gpu}' is not a GPU id in the catalog", "use an id from `rigplan parts gpus`");
            }

            var price = r.Number("price_per_gpu_hour_usd", required: true, min: 0.0001, max: 10_000);
            var date = r.DateText("price_date", required: true);
            var source = r.Required("source");
            if (!r.Failed)
            {
                prices.Add(new CloudPrice(gpu, price!.Value, date!, source));
            }
        }

        return errors.Count > 0 ? ([], [.. errors]) : (prices.ToImmutable(), []);
    }
}
