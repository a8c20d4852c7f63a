using RigPlan.Core.Workloads;
using RigPlan.Core.Workloads.Training;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads.Training;

public class TrainingMemoryTests
{
    private const double Gib = 1024.0 * 1024 * 1024;
    private static readonly ModelCatalog Models = ModelCatalog.LoadDirectory(Path.Combine(Repo.Root, "data", "models")).Catalog!;

    private static LlmModel Model(string id) => Models.Model(id)!;

    private static double States(TrainingGpuMemory g) => g.WeightsGib + g.GradientsGib + g.OptimizerGib;

    [Fact]
    public void Estimate_FullTraining7B_Holds16BytesPerParameter()
    {
        // 7e9 x (2 weights + 2 gradients + 4 master + 8 Adam) bytes = 104.3 GiB.
        var report = TrainingMemory.Estimate(Model("llama-2-7b"), new TrainingSetup { MicroBatch = 1 }, [80]);
        var gpu = Assert.Single(report.PerGpu);
        Assert.Equal(7e9 * 16 / Gib, States(gpu), 6);
        Assert.Equal(104.3, States(gpu), 1);
        Assert.Equal(7e9 * 2 / Gib, gpu.WeightsGib, 6);
        Assert.Equal(7e9 * 12 / Gib, gpu.OptimizerGib, 6);
        Assert.False(report.Fits);
    }

    [Fact]
    public void Estimate_Zero3Over8Gpus_DividesEveryStateBy8()
    {
        var model = Model("llama-2-7b");
        var report = TrainingMemory.Estimate(model, new TrainingSetup { ZeroStage = 3, MicroBatch = 1 }, [.. Enumerable.Repeat(80.0, 8)]);
        var gpu = report.PerGpu[0];
        Assert.Equal(7e9 * 14 / 8 / Gib, gpu.GradientsGib + gpu.OptimizerGib, 6);

        // Weights: an eighth, plus the two gathered layers ZeRO-3 holds while computing.
        var layer = ((7e9 * 2) - (TrainingMemory.EmbeddingParams(model) * 2)) / model.Layers / Gib;
        Assert.Equal((7e9 * 2 / 8 / Gib) + (2 * layer), gpu.WeightsGib, 6);
        Assert.InRange(States(gpu), 104.3 / 8, (104.3 / 8) + 1);
    }

    [Theory]
    [InlineData(1, 2.0, 2.0, 12.0 / 8)]
    [InlineData(2, 2.0, 2.0 / 8, 12.0 / 8)]
    public void Estimate_Zero1And2_ShardOptimizerThenGradients(int stage, double weights, double grads, double optimizer)
    {
        var gpu = TrainingMemory.Estimate(Model("llama-2-7b"), new TrainingSetup { ZeroStage = stage }, [.. Enumerable.Repeat(80.0, 8)]).PerGpu[0];
        Assert.Equal(7e9 * weights / Gib, gpu.WeightsGib, 6);
        Assert.Equal(7e9 * grads / Gib, gpu.GradientsGib, 6);
        Assert.Equal(7e9 * optimizer / Gib, gpu.OptimizerGib, 6);
    }

    [Fact]
    public void Estimate_Qlora7B_WeighsAbout3Point5GiB()
    {
        var report = TrainingMemory.Estimate(Model("llama-2-7b"), new TrainingSetup { Method = TrainingMethod.Qlora, MicroBatch = 1 }, [24]);
        var gpu = report.PerGpu[0];
        Assert.InRange(gpu.WeightsGib, 3.3, 3.9);
        Assert.True(gpu.OptimizerGib < 1, "adapters only");
        Assert.True(report.Fits);
    }

    [Fact]
    public void Estimate_Lora_TrainsOnlyTheAdapters()
    {
        var model = Model("llama-2-7b");
        var report = TrainingMemory.Estimate(model, new TrainingSetup { Method = TrainingMethod.Lora, LoraRank = 16 }, [80]);

        // rank x (q 2h + k,v 2(h + kv) + o 2h + gate, up, down 3(h + ffn)) x layers, h = 4096, kv = 4096, ffn = 11008.
        var expected = 16.0 * ((2 * 4096) + (2 * (4096 + 4096)) + (2 * 4096) + (3 * (4096 + 11008))) * 32;
        Assert.Equal(expected, report.TrainableParams);
        Assert.Equal(expected * 12 / Gib, report.PerGpu[0].OptimizerGib, 6);
        Assert.Equal(((7e9 * 2) + (expected * 2)) / Gib, report.PerGpu[0].WeightsGib, 6);
    }

    [Fact]
    public void Estimate_Llama3_70BFullOn8x24GB_FitsOnlyWithZero3AndFullOffload()
    {
        var model = Model("llama-3-70b");
        var gpus = Enumerable.Repeat(24.0, 8).ToList();
        var basis = new TrainingSetup { MicroBatch = 1, SeqLen = 2048, Checkpointing = ActivationCheckpointing.Full };
        foreach (var stage in new[] { 0, 1, 2, 3 })
        {
            Assert.False(TrainingMemory.Estimate(model, basis with { ZeroStage = stage }, gpus).Fits, $"ZeRO {stage}");
            if (stage > 0)
            {
                Assert.False(TrainingMemory.Estimate(model, basis with { ZeroStage = stage, Offload = OptimizerOffload.Optimizer }, gpus).Fits, $"ZeRO {stage} + optimizer offload");
            }
        }

        var offloaded = TrainingMemory.Estimate(model, basis with { ZeroStage = 3, Offload = OptimizerOffload.All }, gpus);
        Assert.True(offloaded.Fits);

        // Everything offloaded: 16 bytes per parameter in RAM across the node.
        Assert.Equal(70e9 * 16 / Gib, offloaded.RamPerNodeGib, 3);
    }

    [Fact]
    public void Estimate_OptimizerOffloadWithoutZero_IsReportedNotThrown()
    {
        var report = TrainingMemory.Estimate(Model("llama-2-7b"), new TrainingSetup { Offload = OptimizerOffload.Optimizer }, [80]);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("--offload", problem.Option);
        Assert.False(report.Fits);
    }

    [Fact]
    public void ActivationBytes_KorthikantiFigures_PerLayer()
    {
        var model = Model("llama-2-7b");
        var setup = new TrainingSetup { SeqLen = 2048, MicroBatch = 1 };
        double sbh = 2048.0 * 4096;
        var logits = 2048.0 * 32000 * 4;
        Assert.Equal((32 * sbh * (34 + (5.0 * 32 * 2048 / 4096))) + logits, TrainingMemory.ActivationBytes(model, setup with { Checkpointing = ActivationCheckpointing.None }), 0);
        Assert.Equal((32 * 34 * sbh) + logits, TrainingMemory.ActivationBytes(model, setup with { Checkpointing = ActivationCheckpointing.Selective }), 0);
        Assert.Equal((32 * 2 * sbh) + (34 * sbh) + logits, TrainingMemory.ActivationBytes(model, setup with { Checkpointing = ActivationCheckpointing.Full }), 0);
    }

    [Fact]
    public void ActivationBytes_LongerSequence_NeverLower()
    {
        foreach (var model in Models.Models)
        {
            foreach (var checkpointing in Enum.GetValues<ActivationCheckpointing>())
            {
                var previous = 0.0;
                for (var seq = 1; seq <= 131_072; seq *= 2)
                {
                    var bytes = TrainingMemory.ActivationBytes(model, new TrainingSetup { SeqLen = seq, MicroBatch = 2, Checkpointing = checkpointing });
                    Assert.True(bytes >= previous, $"{model.Id} {checkpointing} at {seq}");
                    previous = bytes;
                }
            }
        }
    }

    [Fact]
    public void Estimate_FullestGpu_Decides()
    {
        var report = TrainingMemory.Estimate(Model("llama-2-7b"), new TrainingSetup { Method = TrainingMethod.Qlora, MicroBatch = 1, GpusPerNode = 2 }, [24, 8]);
        Assert.Equal(2, report.Fullest.Gpu);
    }
}
