using RigPlan.Core.Catalog;

namespace RigPlan.Core.Economics;

/// <summary>
/// Cost of owning a build against renting the same GPU work. Owning: the hardware up front, electricity at the build's
/// full-load wall draw for the utilised hours (idle draw is not counted), less a resale share at the end. Renting: the
/// same GPUs for the utilised hours at the cloud price; where the cloud does not rent the build's GPU, the cloud GPU
/// with the lowest price per dense BF16 TFLOPS, for as many GPU-hours as match the build's TFLOPS.
/// </summary>
public static class Tco
{
    /// <summary>Hours in a year (365.25 days).</summary>
    public const double HoursPerYear = 8766;

    /// <summary>
    /// What a million generated tokens cost over the period: a total (owning or renting) over the tokens made at this
    /// speed during the utilised hours. Null when the speed is not positive.
    /// </summary>
    public static double? PerMillionTokens(double totalUsd, double tokensPerSecond, TcoInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var tokens = tokensPerSecond * inputs.Utilization * inputs.Years * HoursPerYear * 3600;
        return tokensPerSecond > 0 && tokens > 0 ? totalUsd / (tokens / 1e6) : null;
    }

    /// <summary>Compares owning with renting.</summary>
    /// <param name="gpus">Every GPU of the build.</param>
    /// <param name="hardwareUsd">The build's priced cost.</param>
    /// <param name="gpusPriced">False when the cost leaves out a GPU: then there is no break-even, since it would flatter owning.</param>
    /// <param name="wallWatts">Wall draw at full load.</param>
    /// <param name="inputs">The assumptions.</param>
    /// <param name="cloud">Cloud prices.</param>
    /// <param name="catalog">The catalog, for the equivalent-compute comparison.</param>
    public static TcoResult Compare(IReadOnlyList<Gpu> gpus, double hardwareUsd, bool gpusPriced, double wallWatts, TcoInputs inputs, IReadOnlyList<CloudPrice> cloud, HardwareCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(gpus);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentNullException.ThrowIfNull(catalog);
        var hours = HoursPerYear * inputs.Years * inputs.Utilization;
        var electricityPerHour = wallWatts / 1000 * inputs.KwhPrice;
        var (rentPerHour, basis, source) = RentPerHour(gpus, cloud, catalog);
        var months = (int)Math.Ceiling(inputs.Years * 12);
        var hoursPerMonth = HoursPerYear / 12 * inputs.Utilization;
        var own = Enumerable.Range(1, months).Select(m => hardwareUsd + (electricityPerHour * hoursPerMonth * m)).ToList();
        var rent = Enumerable.Range(1, months).Select(m => rentPerHour * hoursPerMonth * m).ToList();
        var monthlySaving = (rentPerHour - electricityPerHour) * hoursPerMonth;
        double? breakEven = monthlySaving > 0 ? hardwareUsd / monthlySaving : null;
        if (breakEven > months || !gpusPriced)
        {
            breakEven = null;
        }

        var resale = hardwareUsd * inputs.ResaleFraction;
        return new TcoResult
        {
            Hardware = hardwareUsd,
            Electricity = electricityPerHour * hours,
            Resale = resale,
            OwnTotal = hardwareUsd + (electricityPerHour * hours) - resale,
            RentTotal = rentPerHour * hours,
            BreakEvenMonths = breakEven,
            Complete = gpusPriced,
            RentBasis = basis,
            RentSource = source,
            OwnByMonth = [.. own],
            RentByMonth = [.. rent],
        };
    }

    private static (double PerHour, string Basis, string Source) RentPerHour(IReadOnlyList<Gpu> gpus, IReadOnlyList<CloudPrice> cloud, HardwareCatalog catalog)
    {
        var byId = cloud.ToDictionary(c => c.GpuId, StringComparer.Ordinal);
        if (gpus.Count > 0 && gpus.All(g => byId.ContainsKey(g.Id)))
        {
            var groups = gpus.GroupBy(g => g.Id).ToList();
            var perHour = groups.Sum(g => byId[g.Key].PerGpuHour * g.Count());
            var basis = string.Join(" + ", groups.Select(g => $"{g.Count()}x {g.First().Name} at ${byId[g.Key].PerGpuHour:0.##}/GPU-hour"));
            return (perHour, basis, string.Join(" | ", groups.Select(g => $"{byId[g.Key].Source} ({byId[g.Key].Date})").Distinct()));
        }

        var tflops = gpus.Sum(g => g.MixedPrecision?.Value ?? 0);
        var best = cloud
            .Select(c => (Price: c, Gpu: catalog.Find(c.GpuId) as Gpu))
            .Where(x => x.Gpu?.MixedPrecision is not null)
            .OrderBy(x => x.Price.PerGpuHour / x.Gpu!.MixedPrecision!.Value.Value)
            .FirstOrDefault();
        if (best.Gpu is null || tflops <= 0)
        {
            return (0, "no cloud price for comparable compute", "");
        }

        var equivalent = tflops / best.Gpu.MixedPrecision!.Value.Value;
        return (equivalent * best.Price.PerGpuHour,
            $"the cloud does not rent {gpus[0].Name}; the same dense BF16 TFLOPS ({tflops:0.#}) as {equivalent:0.##} GPU-hours of {best.Gpu.Name} per hour at ${best.Price.PerGpuHour:0.##}/GPU-hour, the cheapest cloud compute per TFLOPS",
            $"{best.Price.Source} ({best.Price.Date})");
    }
}
