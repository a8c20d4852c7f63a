using RigPlan.Core.Catalog;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Catalog;

/// <summary>The catalog in data/catalog loads, covers what RigPlan promises, and agrees with datasheets.</summary>
public class ShippedCatalogTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;

    [Fact]
    public void ShippedCatalog_Loads_WithoutProblems()
    {
        var result = CatalogLoader.LoadDirectory(Repo.CatalogDirectory);
        Assert.True(result.Ok, string.Join("\n", result.Errors.Take(20)));
    }

    [Fact]
    public void EveryPart_NamesItsSource()
    {
        Assert.All(Catalog.AllParts, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Id));
        Assert.All(Catalog.Motherboards.SelectMany(m => m.Slots), s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
        Assert.All(Catalog.Prices, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), p.PartId));
    }

    [Theory]
    [InlineData(PartKind.Gpu, 50)]
    [InlineData(PartKind.Cpu, 35)]
    [InlineData(PartKind.Memory, 12)]
    [InlineData(PartKind.Psu, 15)]
    [InlineData(PartKind.Chassis, 12)]
    [InlineData(PartKind.GpuBoard, 1000)]
    [InlineData(PartKind.Nic, 5)]
    [InlineData(PartKind.Switch, 4)]
    [InlineData(PartKind.Riser, 3)]
    [InlineData(PartKind.Motherboard, 40)]
    public void Catalog_CoversAtLeast(PartKind kind, int count) =>
        Assert.True(Catalog.OfKind(kind).Count() >= count, $"{kind}: {Catalog.OfKind(kind).Count()} < {count}");

    [Theory]
    [InlineData("rtx-3060-12gb")]
    [InlineData("rtx-3090")]
    [InlineData("rtx-3090-ti")]
    [InlineData("rtx-4060-ti-16gb")]
    [InlineData("rtx-4090")]
    [InlineData("rtx-5070-ti")]
    [InlineData("rtx-5090")]
    [InlineData("titan-rtx")]
    [InlineData("rtx-2080-ti")]
    [InlineData("rtx-a4000")]
    [InlineData("rtx-a6000")]
    [InlineData("rtx-6000-ada")]
    [InlineData("rtx-pro-6000-blackwell")]
    [InlineData("tesla-p40")]
    [InlineData("v100-sxm2-32gb")]
    [InlineData("a100-pcie-80gb")]
    [InlineData("a100-sxm4-40gb")]
    [InlineData("l40s")]
    [InlineData("h100-nvl")]
    [InlineData("h200-sxm")]
    [InlineData("b200")]
    [InlineData("rx-7900-xtx")]
    [InlineData("instinct-mi300x")]
    public void Catalog_HasGpu(string id) => Assert.IsType<Gpu>(Catalog.Find(id));

    // Datasheet figures, written here independently of the catalog rows, so a mistyped row fails.
    [Theory]
    [InlineData("rtx-3090", 24, 936, 350, 71)] // NVIDIA GA102 whitepaper, appendix table
    [InlineData("rtx-4090", 24, 1008, 450, 165.2)] // NVIDIA Ada Lovelace whitepaper
    [InlineData("rtx-5090", 32, 1792, 575, 209.5)] // NVIDIA RTX Blackwell whitepaper
    [InlineData("rtx-a6000", 48, 768, 300, 154.8)] // RTX A6000 datasheet
    [InlineData("a100-sxm4-80gb", 80, 2039, 400, 312)] // A100 datasheet
    [InlineData("h100-sxm5", 80, 3350, 700, 989.5)] // H100 datasheet (1,979 sparse)
    [InlineData("l40s", 48, 864, 350, 362.05)] // L40S datasheet (733 sparse)
    [InlineData("instinct-mi300x", 192, 5300, 750, 1307.4)] // AMD MI300X datasheet
    public void Gpu_MatchesDatasheet(string id, double vram, double bandwidth, double tdp, double bf16)
    {
        var gpu = Assert.IsType<Gpu>(Catalog.Find(id));
        Assert.Equal(vram, gpu.Vram.Value);
        Assert.Equal(bandwidth, gpu.MemoryBandwidth.Value, bandwidth * 0.01);
        Assert.Equal(tdp, gpu.Tdp.Value);
        Assert.Equal(bf16, gpu.Bf16Tensor!.Value.Value, bf16 * 0.01);
    }

    [Fact]
    public void V100_HasFp16TensorButNoBf16()
    {
        var gpu = Assert.IsType<Gpu>(Catalog.Find("v100-sxm2-32gb"));
        Assert.Null(gpu.Bf16Tensor);
        Assert.Equal(125, gpu.Fp16Tensor!.Value.Value);
        Assert.True(gpu.MixedPrecisionIsFp16);
    }

    [Fact]
    public void T4_IsASingleSlotPassive70WattCard()
    {
        var gpu = Assert.IsType<Gpu>(Catalog.Find("t4"));
        Assert.Equal((16.0, 320.0, 70.0, 1.0), (gpu.Vram.Value, gpu.MemoryBandwidth.Value, gpu.Tdp.Value, gpu.SlotWidth!.Value));
        Assert.Equal(Cooling.Passive, gpu.Cooling);
    }

    [Fact]
    public void Epyc7502_MatchesAmdSpecs()
    {
        var cpu = Assert.IsType<Cpu>(Catalog.Find("epyc-7502"));
        Assert.Equal(("SP3", 32, 64, 128, 4, 8, 180.0), (cpu.Socket, cpu.Cores, cpu.Threads, cpu.PcieLanes, cpu.PcieGen, cpu.MemoryChannels, cpu.Tdp.Value));
        Assert.Equal(MemoryGeneration.Ddr4, cpu.MemoryType);
    }

    [Fact]
    public void Romed82T_HasSevenCpuAttachedGen4X16Slots()
    {
        var board = Assert.IsType<Motherboard>(Catalog.Find("romed8-2t"));
        Assert.Equal("SP3", board.Socket);
        Assert.Equal(8, board.DimmSlots);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], board.Slots.Select(s => s.Position));
        Assert.All(board.Slots, s => Assert.Equal((16, 16, 4, LaneSource.Cpu), (s.PhysicalLanes, s.ElectricalLanes, s.Gen, s.Attached)));
    }

    [Fact]
    public void Romed82T_NumbersItsSlotsFromTheBottom()
    {
        // 45Drives' board drawing: PCIE7 sits next to the CPU, PCIE1 at the board's edge; PCIE2 shares lanes with OCuLink and M.2.
        var board = Assert.IsType<Motherboard>(Catalog.Find("romed8-2t"));
        Assert.Equal(["PCIE7", "PCIE6", "PCIE5", "PCIE4", "PCIE3", "PCIE2", "PCIE1"], board.Slots.Select(s => s.Label));
        // Which slot shares lanes with OCuLink and M.2 rests on tomshw.it's "second slot", read as the label PCIE2; not asserted.
    }

    [Fact]
    public void Genoad8x2T_HasAShortSlotAboveSevenGen5X16Slots()
    {
        var board = Assert.IsType<Motherboard>(Catalog.Find("genoad8x-2t"));
        Assert.Equal("SP5", board.Socket);
        Assert.Equal([8, 16, 16, 16, 16, 16, 16, 16], board.Slots.Select(s => s.PhysicalLanes));
        Assert.All(board.Slots, s => Assert.Equal(5, s.Gen));
    }

    [Fact]
    public void H12ssli_HasItsX8SlotsBetweenX16Slots()
    {
        var board = Assert.IsType<Motherboard>(Catalog.Find("h12ssl-i"));
        Assert.Equal([16, 16, 16, 8, 16, 8, 16], board.Slots.Select(s => s.ElectricalLanes));
        // Physically x8 as 45Drives' drawing shows them shorter; a build guide says "x8 in x16". Change this deliberately.
        Assert.Equal([16, 16, 16, 8, 16, 8, 16], board.Slots.Select(s => s.PhysicalLanes));
    }

    [Fact]
    public void Motherboards_WithALayout_AreAtLeast27_WithUniqueLabels()
    {
        var withLayout = Catalog.Motherboards.Where(m => !m.Slots.IsEmpty).ToList();
        Assert.True(withLayout.Count >= 27, $"{withLayout.Count} boards have a slot layout");
        Assert.All(withLayout, m =>
        {
            var labels = m.Slots.Where(s => s.Label is not null).Select(s => s.Label!).ToList();
            Assert.Equal(labels.Count, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        });
    }

    [Fact]
    public void CorsairAx1600i_Is1600WattsOn115Volts()
    {
        var psu = Assert.IsType<Psu>(Catalog.Find("corsair-ax1600i"));
        Assert.Equal(1600, psu.Watts115V!.Value.Value);
        Assert.False(psu.Atx3);
    }

    [Fact]
    public void FoundingBuildParts_AllResolveByTheNamesInTheBuildLog()
    {
        var resolver = new NameResolver<Part>(Catalog.AllParts);
        foreach (var name in new[] { "RTX 3090", "EPYC 7502", "ROMED8-2T", "Corsair AX1600i", "32GB DDR4-3200 RDIMM", "ConnectX-6 HDR", "Fractal Meshify 2 XL", "PCIe 4.0 riser 30cm", "ASUS Turbo RTX 3090" })
        {
            Assert.True(resolver.Resolve(name).Found, resolver.Resolve(name).Message);
        }
    }

    [Fact]
    public void GpuBoards_BlowerTurbo3090_IsTwoSlots()
    {
        var board = Assert.IsType<GpuBoard>(new NameResolver<GpuBoard>(Catalog.GpuBoards).Resolve("ASUS Turbo RTX 3090").Part);
        Assert.Equal("rtx-3090", board.GpuId);
        Assert.Equal(2, board.SlotWidth);
        Assert.Equal(Cooling.Blower, board.Cooling);
    }
}
