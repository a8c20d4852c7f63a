using RigPlan.Core.Catalog;
using RigPlan.Core.Units;

namespace RigPlan.Testing;

/// <summary>Small builders for parts and catalogs in tests.</summary>
public static class Parts
{
    private static readonly SourceLocation Here = new("test", 1);

    /// <summary>A PCIe GPU with the figures a ranking needs.</summary>
    public static Gpu Gpu(string id, double vramGb, double? bf16Tflops, double tdpW, string vendor = "NVIDIA", string segment = "consumer", double? fp16Tflops = null) => new()
    {
        Id = id,
        Name = id.ToUpperInvariant(),
        Vendor = vendor,
        Architecture = "Test",
        Segment = segment,
        ReleaseDate = "2024-01",
        Vram = new Gigabytes(vramGb),
        MemoryBandwidth = new GigabytesPerSecond(vramGb * 40),
        Fp32 = new TeraFlops((bf16Tflops ?? fp16Tflops ?? 10) / 2),
        Bf16Tensor = bf16Tflops is { } b ? new TeraFlops(b) : null,
        Fp16Tensor = new TeraFlops(fp16Tflops ?? bf16Tflops ?? 1),
        Tdp = new Watts(tdpW),
        FormFactor = GpuFormFactor.Pcie,
        Source = "test",
        Location = Here,
    };

    /// <summary>A dated price.</summary>
    public static PriceQuote Price(string partId, double usd, PriceCondition condition = PriceCondition.New, string date = "2025-07-23", bool fromUser = false) => new()
    {
        PartId = partId,
        Condition = condition,
        Price = new Usd(usd),
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        DateText = date,
        Source = "test",
        FromUser = fromUser,
        Location = Here,
    };

    /// <summary>A catalog holding only these GPUs and prices.</summary>
    public static HardwareCatalog Catalog(IEnumerable<Gpu> gpus, IEnumerable<PriceQuote> prices) =>
        new(gpus, [], [], [], [], [], [], [], [], [], prices);
}
