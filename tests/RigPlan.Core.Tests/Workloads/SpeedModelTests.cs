using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RigPlan.Core.Catalog;
using RigPlan.Core.Units;
using RigPlan.Core.Workloads;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads;

public class SpeedModelTests
{
    private static readonly ModelCatalog Models = ModelCatalog.LoadDirectory(Path.Combine(Repo.Root, "data", "models")).Catalog!;
    private static readonly HardwareCatalog Catalog = Repo.Catalog;

    private static Gpu Gpu(string id) => (Gpu)Catalog.Find(id)!;

    private static Measurement Row(string gpu, string model, string quant, string metric, double value, int count = 1) => new()
    {
        Gpu = gpu,
        GpuCount = count,
        Model = model,
        Quant = quant,
        Metric = metric,
        Value = value,
        PromptTokens = 512,
        Source = "test",
        Line = 1,
    };

    [Fact]
    public void Ceilings_Decode_IsBandwidthOverBytesPerToken()
    {
        // Llama 2 7B in Q4_0: 7e9 x 4.5 / 8 bytes of weights, plus 512 tokens of fp16 KV (2 x 32 x 32 x 128 x 2 bytes each).
        var model = Models.Model("llama-2-7b")!;
        var (decode, _, bytes) = SpeedModel.Ceilings(model, Models.Format("q4_0")!, [Gpu("rtx-3090")], 512, 1, 2);
        var expectedBytes = (7e9 * 4.5 / 8) + (2.0 * 32 * 32 * 128 * 2 * 512);
        Assert.Equal(expectedBytes / 1e9, bytes, 6);
        Assert.Equal(936e9 / expectedBytes, decode, 6);
    }

    [Fact]
    public void Ceilings_Prefill_UsesFp16AccumulateOnGeForce()
    {
        var model = Models.Model("llama-2-7b")!;
        var (_, prefill, _) = SpeedModel.Ceilings(model, Models.Format("q4_0")!, [Gpu("rtx-3090")], 512, 1, 2);
        Assert.Equal(142e12 / (2 * 7e9), prefill, 3);
    }

    [Fact]
    public void Fit_MeasurementsAtAFixedShareOfTheCeiling_RecoversTheShareWithNoError()
    {
        var model = Models.Model("llama-2-7b")!;
        var q4 = Models.Format("q4_0")!;
        var rows = new List<Measurement>();
        foreach (var gpu in new[] { "rtx-3090", "rtx-4090", "a100-sxm4-80gb" })
        {
            var (d, p, _) = SpeedModel.Ceilings(model, q4, [Gpu(gpu)], 512, 1, 2);
            rows.Add(Row(gpu, "llama-2-7b", "q4_0", "decode", d * 0.7));
            rows.Add(Row(gpu, "llama-2-7b", "q4_0", "prefill", p * 0.4));
        }

        var speed = SpeedModel.Fit(rows, Models, Catalog)!;
        Assert.Equal(0.7, speed.DecodeEfficiency, 9);
        Assert.Equal(0.4, speed.PrefillEfficiency, 9);
        Assert.Equal(0, speed.DecodeMedianError, 9);
    }

    [Fact]
    public void Fit_MeasurementsWithAPerLayerTime_RecoverTheTimeAndTheShare()
    {
        // Rows made as (bytes / (0.8 x bandwidth)) + 100 µs per layer: small and large models, so the two separate.
        var rows = new List<Measurement>();
        foreach (var (modelId, quant) in new[] { ("llama-2-7b", "q4_0"), ("llama-3-70b", "q4_k_m"), ("llama-3-8b", "fp16") })
        {
            var model = Models.Model(modelId)!;
            foreach (var gpu in new[] { "rtx-3090", "rtx-4090", "a100-sxm4-80gb" })
            {
                var (d, p, _) = SpeedModel.Ceilings(model, Models.Format(quant)!, [Gpu(gpu)], 512, 1, 2);
                rows.Add(Row(gpu, modelId, quant, "decode", 1 / ((1 / d / 0.8) + (model.Layers * 100e-6))));
                rows.Add(Row(gpu, modelId, quant, "prefill", p * 0.4));
            }
        }

        var speed = SpeedModel.Fit(rows, Models, Catalog)!;
        Assert.Equal(0.8, speed.DecodeEfficiency, 2);
        Assert.Equal(100e-6, speed.LayerOverheadSeconds, 6);
    }

    [Fact]
    public void Fit_ShippedMeasurements_MeetTheDecodeTargets()
    {
        // The targets: decode within 25 % on one GPU and 35 % on layer splits (median over the published rows).
        var speed = SpeedModel.Fit(ModelCatalog.LoadMeasurements(Path.Combine(Repo.Root, "data", "models")).Measurements, Models, Catalog)!;
        static double Median(IEnumerable<double> v) { var s = v.Order().ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[(s.Count / 2) - 1] + s[s.Count / 2]) / 2; }
        var single = Median(speed.DecodeFit.Where(x => x.M.GpuCount == 1).Select(x => Math.Abs((x.Predicted / x.M.Value) - 1)));
        var split = Median(speed.DecodeFit.Where(x => x.M.GpuCount > 1).Select(x => Math.Abs((x.Predicted / x.M.Value) - 1)));
        Assert.InRange(single, 0, 0.25);
        Assert.InRange(split, 0, 0.35);
    }

    [Fact]
    public void TensorParallel_ShippedRows_AreWithin35Percent_AndMoreGpusReadFaster()
    {
        var speed = SpeedModel.Fit(ModelCatalog.LoadMeasurements(Path.Combine(Repo.Root, "data", "models")).Measurements, Models, Catalog)!;
        Assert.NotEmpty(speed.TensorParallelFit);
        Assert.All(speed.TensorParallelFit, x => Assert.InRange(x.Predicted / x.M.Value, 0.65, 1.35));

        var model = Models.Model("llama-3-70b")!;
        var q4 = Models.Format("q4_k_m")!;
        double Decode(int n, double link) => speed.PredictTensorParallel(model, q4, [.. Enumerable.Repeat(Gpu("rtx-3090"), n)], 512, 1, 2, link).DecodeTokensPerSecond;
        Assert.True(Decode(4, 32) > Decode(2, 32));
        Assert.True(Decode(2, 600) >= Decode(2, 8));

        // Splitting the reads beats taking turns: tensor parallel decodes faster than a layer split on the same cards.
        Assert.True(Decode(2, 32) > speed.Predict(model, q4, [Gpu("rtx-3090"), Gpu("rtx-3090")], 512, 1, 2).DecodeTokensPerSecond);
    }

    [Fact]
    public void Fit_NothingUsable_ReturnsNull() =>
        Assert.Null(SpeedModel.Fit([Row("Unknown GPU 9000", "llama-2-7b", "q4_0", "decode", 10)], Models, Catalog));

    [Property(MaxTest = 200)]
    public Property MoreBandwidth_NeverLowersDecodeSpeed() =>
        Prop.ForAll(Gen.Choose(100, 5000).ToArbitrary(), Gen.Choose(1, 3000).ToArbitrary(), (bandwidth, extra) =>
        {
            var baseGpu = Gpu("rtx-3090");
            var slow = baseGpu with { MemoryBandwidth = new GigabytesPerSecond(bandwidth) };
            var fast = baseGpu with { MemoryBandwidth = new GigabytesPerSecond(bandwidth + extra) };
            var model = Models.Model("llama-3-8b")!;
            var q = Models.Format("q4_k_m")!;
            return SpeedModel.Ceilings(model, q, [fast], 1024, 1, 2).Decode >= SpeedModel.Ceilings(model, q, [slow], 1024, 1, 2).Decode;
        });
}
