using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RigPlan.Core.Catalog;
using RigPlan.Core.Market;
using RigPlan.Core.Units;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Market;

public class GpuRankerTests
{
    private static readonly HardwareCatalog Small = Parts.Catalog(
        [
            Parts.Gpu("cheap", 24, 70, 350),
            Parts.Gpu("fast", 24, 160, 450),
            Parts.Gpu("big", 48, 150, 300, segment: "workstation"),
            Parts.Gpu("small", 12, 50, 170),
            Parts.Gpu("unpriced", 80, 300, 400, segment: "datacenter"),
            Parts.Gpu("old", 32, null, 300, segment: "datacenter", fp16Tflops: 125),
        ],
        [
            Parts.Price("cheap", 800),
            Parts.Price("fast", 1600),
            Parts.Price("big", 4500),
            Parts.Price("small", 300),
            Parts.Price("old", 500, PriceCondition.Used),
        ]);

    [Fact]
    public void Rank_PerDollar_OrdersByRatioAndPutsUnpricedLast()
    {
        var ranking = GpuRanker.Rank(Small, new GpuQuery());
        Assert.Equal(["small", "fast", "cheap", "big", "unpriced", "old"], ranking.Rows.Select(r => r.Gpu.Id));
        Assert.Equal([1, 2, 3, 4], ranking.Rows.Where(r => r.Rank is not null).Select(r => r.Rank!.Value));
        Assert.Equal(160.0 / 1600, ranking.Rows[1].PerUsd!.Value, 9);
    }

    [Fact]
    public void Rank_MinVram_FiltersByMemory()
    {
        var ranking = GpuRanker.Rank(Small, new GpuQuery { MinVram = new Gigabytes(24) });
        Assert.DoesNotContain(ranking.Rows, r => r.Gpu.Id == "small");
    }

    [Fact]
    public void Rank_Used_UsesUsedPricesAndFp16WhereNoBf16()
    {
        var ranking = GpuRanker.Rank(Small, new GpuQuery { Used = true });
        var first = ranking.Rows[0];
        Assert.Equal("old", first.Gpu.Id);
        Assert.Equal(125, first.MetricValue);
        Assert.Equal(0.25, first.PerUsd!.Value, 9);
    }

    [Fact]
    public void Rank_PerWatt_RanksEvenUnpricedGpus()
    {
        var ranking = GpuRanker.Rank(Small, new GpuQuery { Per = RankBasis.Watt });
        Assert.Equal("unpriced", ranking.Rows[0].Gpu.Id);
        Assert.All(ranking.Rows, r => Assert.NotNull(r.Rank));
    }

    [Fact]
    public void Rank_Frontier_MarksGpusNoCheaperOneBeats()
    {
        var ranking = GpuRanker.Rank(Small, new GpuQuery());
        Assert.Equal(["cheap", "fast", "small"], ranking.Rows.Where(r => r.OnFrontier).Select(r => r.Gpu.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rank_UserPrice_WinsOverANewerCatalogPrice()
    {
        var withUser = Small.WithPrices([Parts.Price("big", 500, date: "2024-01-01", fromUser: true)]);
        var ranking = GpuRanker.Rank(withUser, new GpuQuery());
        Assert.Equal("big", ranking.Rows[0].Gpu.Id);
        Assert.True(ranking.Rows[0].Price!.FromUser);
    }

    [Fact]
    public void Rank_ShippedCatalog_FindsTwentyFourGigabyteCards()
    {
        var ranking = GpuRanker.Rank(Repo.Catalog, new GpuQuery { MinVram = new Gigabytes(24) });
        Assert.Contains(ranking.Rows, r => r.Gpu.Id == "rtx-3090" && r.Rank is not null);
        Assert.All(ranking.Rows, r => Assert.True(r.Gpu.Vram.Value >= 24));
    }

    [Property(MaxTest = 200)]
    public Property Frontier_NoFrontierGpuIsBeatenByACheaperOrEqualOne()
    {
        var gen = Gen.Choose(1, 30).SelectMany(n =>
            Gen.ArrayOf(Gen.Zip(Gen.Choose(100, 5000), Gen.Choose(1, 500)), n));
        return Prop.ForAll(gen.ToArbitrary(), pairs =>
        {
            var gpus = pairs.Select((p, i) => Parts.Gpu($"g{i}", 24, p.Item2, 300)).ToList();
            var prices = pairs.Select((p, i) => Parts.Price($"g{i}", p.Item1)).ToList();
            var rows = GpuRanker.Rank(Parts.Catalog(gpus, prices), new GpuQuery()).Rows;
            var frontier = rows.Where(r => r.OnFrontier).ToList();
            var dominated = frontier.Any(f => rows.Any(o =>
                o.Price!.Price.Value <= f.Price!.Price.Value && o.MetricValue > f.MetricValue));
            var missing = rows.Where(r => !r.OnFrontier).Any(r => !rows.Any(o =>
                o.Price!.Price.Value <= r.Price!.Price.Value && o.MetricValue >= r.MetricValue && o != r));
            var best = rows.MaxBy(r => r.PerUsd)!;
            return !dominated && !missing && frontier.Count >= 1 && rows[0].PerUsd == best.PerUsd;
        });
    }
}
