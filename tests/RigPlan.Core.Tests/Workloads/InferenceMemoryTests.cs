using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RigPlan.Core.Workloads;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads;

public class InferenceMemoryTests
{
    private static readonly ModelCatalog Models = ModelCatalog.LoadDirectory(Path.Combine(Repo.Root, "data", "models")).Catalog
        ?? throw new InvalidOperationException("data/models does not load");

    private static LlmModel Model(string id) => Models.Model(id)!;

    private static QuantFormat Format(string id) => Models.Format(id)!;

    [Fact]
    public void ModelTables_Load_WithTheIssuesModels()
    {
        foreach (var id in new[] { "llama-2-7b", "llama-3-70b", "llama-3.1-405b", "mixtral-8x7b", "qwen2.5-72b", "gemma-2-27b", "phi-3-mini", "deepseek-v3" })
        {
            Assert.NotNull(Models.Model(id));
        }

        foreach (var id in new[] { "fp16", "bf16", "fp8", "int8", "q8_0", "q6_k", "q5_k_m", "q4_k_m", "q4_0", "awq-4bit", "gptq-4bit" })
        {
            Assert.NotNull(Models.Format(id));
        }
    }

    [Fact]
    public void Weights_Llama2_7B_Fp16_IsParamsTimesTwoBytes()
    {
        var fit = InferenceMemory.Estimate(Model("llama-2-7b"), Format("fp16"), [80], 4096, 1, 2);
        Assert.Equal(7e9 * 2 / InferenceMemory.Gib, fit.WeightsGib, 6);
    }

    [Fact]
    public void KvCache_Llama3_70B_IsTwoTimesLayersKvHeadsHeadDimBytesTokens()
    {
        // 2 (K and V) x 80 layers x 8 KV heads (GQA) x 128 x 2 bytes x 4096 tokens = 1,342,177,280 bytes = 1.25 GiB.
        var fit = InferenceMemory.Estimate(Model("llama-3-70b"), Format("fp16"), [80], 4096, 1, 2);
        Assert.Equal(1.25, fit.KvCacheGib!.Value, 6);
    }

    [Fact]
    public void KvCache_Llama2_70B_FullAttentionWouldBeEightTimesLarger()
    {
        // Llama 2 70B also uses GQA with 8 KV heads; Llama 2 13B (MHA, 40 heads x 128, 40 layers) at 4096 tokens: 2 x 40 x 40 x 128 x 2 x 4096 bytes.
        var fit = InferenceMemory.Estimate(Model("llama-2-13b"), Format("fp16"), [80], 4096, 1, 2);
        Assert.Equal(2.0 * 40 * 40 * 128 * 2 * 4096 / InferenceMemory.Gib, fit.KvCacheGib!.Value, 6);
    }

    [Fact]
    public void Llama3_70B_Fp16_DoesNotFitOne24GbCard_ButFitsAcrossEight()
    {
        Assert.False(InferenceMemory.Estimate(Model("llama-3-70b"), Format("fp16"), [24], 4096, 1, 2).Fits);
        var eight = InferenceMemory.Estimate(Model("llama-3-70b"), Format("fp16"), [.. Enumerable.Repeat(24.0, 8)], 4096, 1, 2);
        Assert.True(eight.Fits);
        Assert.Equal(80, eight.PerGpu.Sum(g => g.Layers));
        Assert.Equal(8, InferenceMemory.MinimumGpus(Model("llama-3-70b"), Format("fp16"), 24, 4096, 1, 2));
    }

    [Fact]
    public void Split_FailsOnTheFullestCard_NotThePooledTotal()
    {
        // Layers are spread in proportion to free memory, so the small card gets fewer of them.
        var uneven = InferenceMemory.Estimate(Model("llama-3-70b"), Format("q4_k_m"), [40, 8], 4096, 1, 2);
        Assert.Equal(uneven.PerGpu.Min(g => g.CapacityGib), uneven.PerGpu[1].CapacityGib);
        Assert.True(uneven.PerGpu[1].Layers < uneven.PerGpu[0].Layers);

        // Two 20 GiB cards pool 40 GiB, less than the ~42 GiB the model needs with its allowances: each card overflows.
        var tight = InferenceMemory.Estimate(Model("llama-3-70b"), Format("q4_k_m"), [20, 20], 4096, 1, 2);
        Assert.Equal(tight.PerGpu.All(g => g.Fits), tight.Fits);
        Assert.False(tight.Fits);
    }

    [Fact]
    public void TensorParallel_SplitsWeightsEvenly()
    {
        var tp = InferenceMemory.Estimate(Model("llama-3-70b"), Format("fp16"), [80, 80], 4096, 1, 2, SplitStrategy.TensorParallel);
        Assert.Equal(SplitStrategy.TensorParallel, tp.Strategy);
        Assert.Equal(tp.WeightsGib / 2, tp.PerGpu[0].WeightsGib, 6);
        Assert.Equal(tp.KvCacheGib!.Value / 2, tp.PerGpu[0].KvCacheGib, 6);
    }

    [Fact]
    public void KvQuantisation_HalvesTheCacheAtFp8()
    {
        var fp16 = InferenceMemory.Estimate(Model("llama-3-8b"), Format("fp16"), [24], 8192, 1, 2).KvCacheGib!.Value;
        var fp8 = InferenceMemory.Estimate(Model("llama-3-8b"), Format("fp16"), [24], 8192, 1, 1).KvCacheGib!.Value;
        Assert.Equal(fp16 / 2, fp8, 9);
    }

    [Fact]
    public void DeepSeekV3_KvCacheIsNotModelled_SoItIsNotCalledAFit()
    {
        var fit = InferenceMemory.Estimate(Model("deepseek-v3"), Format("q4_k_m"), [.. Enumerable.Repeat(80.0, 8)], 4096, 1, 2);
        Assert.Null(fit.KvCacheGib);
        Assert.False(fit.Fits);
    }

    [Property(MaxTest = 200)]
    public Property LongerContext_NeverLowersMemory() =>
        Prop.ForAll(Gen.Elements(Models.Models.Where(m => m.HeadDim is not null).ToArray()).ToArbitrary(), Gen.Choose(1, 100_000).ToArbitrary(), Gen.Choose(1, 100_000).ToArbitrary(), (model, a, b) =>
        {
            var (shorter, longer) = (Math.Min(a, b), Math.Max(a, b));
            var s = InferenceMemory.Estimate(model, Format("q4_k_m"), [24, 24], shorter, 1, 2);
            var l = InferenceMemory.Estimate(model, Format("q4_k_m"), [24, 24], longer, 1, 2);
            return l.PerGpu.Sum(g => g.TotalGib) >= s.PerGpu.Sum(g => g.TotalGib) - 1e-9 && l.KvCacheGib >= s.KvCacheGib;
        });

    [Property(MaxTest = 100)]
    public Property MoreGpus_NeverMakeAFittingModelStopFitting() =>
        Prop.ForAll(Gen.Elements(Models.Models.Where(m => m.HeadDim is not null).ToArray()).ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), (model, n) =>
        {
            var fewer = InferenceMemory.Estimate(model, Format("q4_k_m"), [.. Enumerable.Repeat(24.0, n)], 4096, 1, 2);
            var more = InferenceMemory.Estimate(model, Format("q4_k_m"), [.. Enumerable.Repeat(24.0, n + 1)], 4096, 1, 2);
            return !fewer.Fits || more.Fits;
        });
}
