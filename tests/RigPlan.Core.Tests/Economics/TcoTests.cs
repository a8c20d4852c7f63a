using RigPlan.Core.Catalog;
using RigPlan.Core.Economics;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Economics;

public class TcoTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;

    private static Gpu Gpu(string id) => (Gpu)Catalog.Find(id)!;

    [Fact]
    public void Compare_SameGpuRentable_IsHandComputed()
    {
        // 4x H100 SXM5 at $2.50/GPU-hour, 50 % utilisation, 1 year: 8,766 x 0.5 = 4,383 hours.
        var cloud = new[] { new CloudPrice("h100-sxm5", 2.5, "2025-11-16", "test") };
        var result = Tco.Compare([.. Enumerable.Repeat(Gpu("h100-sxm5"), 4)], 100_000, true, 4000, new TcoInputs { Utilization = 0.5, KwhPrice = 0.10, Years = 1 }, cloud, Catalog);
        Assert.Equal(4 * 2.5 * 4383, result.RentTotal, 6);
        Assert.Equal(4.0 * 0.10 * 4383, result.Electricity, 6);
        Assert.Equal(100_000 + (4.0 * 0.10 * 4383), result.OwnTotal, 6);
        Assert.Null(result.BreakEvenMonths); // $10/h rent - $0.40/h power pays $100,000 back only after 10,417 working hours.
        Assert.Contains("4x H100 SXM5 80GB at $2.5/GPU-hour", result.RentBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_BreakEven_IsHardwareOverMonthlySaving()
    {
        var cloud = new[] { new CloudPrice("a100-sxm4-80gb", 2.0, "2025-11-16", "test") };
        var result = Tco.Compare([Gpu("a100-sxm4-80gb")], 10_000, true, 500, new TcoInputs { Utilization = 1, KwhPrice = 0.2, Years = 3 }, cloud, Catalog);
        var monthlySaving = (2.0 - (0.5 * 0.2)) * (8766.0 / 12);
        Assert.Equal(10_000 / monthlySaving, result.BreakEvenMonths!.Value, 6);
        Assert.Equal(36, result.OwnByMonth.Length);
        Assert.True(result.OwnByMonth[^1] < result.RentByMonth[^1]);
    }

    [Fact]
    public void Compare_GpuNotRented_UsesTheCheapestComputePerTflops()
    {
        var cloud = new[] { new CloudPrice("h100-sxm5", 2.0, "d", "s"), new CloudPrice("a100-sxm4-80gb", 1.0, "d", "s") };
        var result = Tco.Compare([Gpu("rtx-4090")], 2_000, true, 500, new TcoInputs { Utilization = 1, KwhPrice = 0.1, Years = 1 }, cloud, Catalog);
        // H100: 989.5 TFLOPS for $2 beats A100: 312 for $1; a 4090 (165.2) needs 165.2 / 989.5 H100-hours per hour.
        Assert.Equal(165.2 / 989.5 * 2.0 * 8766, result.RentTotal, 3);
        Assert.Contains("does not rent", result.RentBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Resale_IsCredited()
    {
        var cloud = new[] { new CloudPrice("a100-sxm4-80gb", 2.0, "d", "s") };
        var result = Tco.Compare([Gpu("a100-sxm4-80gb")], 10_000, true, 500, new TcoInputs { Utilization = 1, KwhPrice = 0, Years = 1, ResaleFraction = 0.3 }, cloud, Catalog);
        Assert.Equal(7_000, result.OwnTotal, 6);
    }
}

public class TcoCompletenessTests
{
    [Fact]
    public void Compare_UnpricedGpus_GiveNoBreakEven()
    {
        var cloud = new[] { new CloudPrice("a100-sxm4-80gb", 2.0, "d", "s") };
        var gpu = (Gpu)Repo.Catalog.Find("a100-sxm4-80gb")!;
        var result = Tco.Compare([gpu], 100, false, 500, new TcoInputs { Utilization = 1, KwhPrice = 0.1, Years = 1 }, cloud, Repo.Catalog);
        Assert.False(result.Complete);
        Assert.Null(result.BreakEvenMonths);
    }
}
