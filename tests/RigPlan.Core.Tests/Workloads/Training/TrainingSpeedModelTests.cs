using RigPlan.Core.Catalog;
using RigPlan.Core.Units;
using RigPlan.Core.Workloads;
using RigPlan.Core.Workloads.Training;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads.Training;

public class TrainingSpeedModelTests
{
    private static readonly string Dir = Path.Combine(Repo.Root, "data", "models");
    private static readonly ModelCatalog Models = ModelCatalog.LoadDirectory(Dir).Catalog!;
    private static readonly List<TrainWorkload> Workloads = [.. TrainingTables.LoadWorkloads(Dir).Workloads, .. Models.Models.Select(TrainWorkload.FromLlm)];
    private static readonly List<TrainMeasurement> Measurements = [.. TrainingTables.LoadMeasurements(Dir).Measurements];
    private static readonly TrainingSpeedModel Model = TrainingSpeedModel.Fit(Measurements, Workloads, Repo.Catalog)!;

    private static Gpu Gpu(string id) => (Gpu)Repo.Catalog.Find(id)!;

    private static TrainWorkload Workload(string id) => Workloads.First(w => w.Id == id);

    [Fact]
    public void Fit_ShippedMeasurements_FitsEveryFamily()
    {
        Assert.Equal(3, Model.Fits.Count);
        Assert.All(Model.Fits.Values, f => Assert.InRange(f.Utilization, 0.01, 1));
        Assert.Null(Model.Fits[TrainFamily.Llm].FlopsPerByte);
        Assert.True(Model.Rows.Length > 300, $"{Model.Rows.Length} rows used");
    }

    [Fact]
    public void Fit_ResNet50_RanksGpusAsTheMeasurementsDo()
    {
        // Measured: Spearman 0.97 over 21 GPUs (single GPU, mixed precision). The test fails below 0.8.
        Assert.True(Model.SpearmanByWorkload["resnet50"] >= 0.8, $"Spearman {Model.SpearmanByWorkload["resnet50"]:0.000}");
        Assert.True(Model.SpearmanByWorkload["bert-large"] >= 0.8, $"Spearman {Model.SpearmanByWorkload["bert-large"]:0.000}");
    }

    [Fact]
    public void Fit_MedianErrors_StayWhereTheyWereMeasured()
    {
        // Measured at commit time: CNN 13 %, encoder 13 %, language models 71 % (few, inconsistent rows).
        Assert.True(Model.Fits[TrainFamily.Cnn].MedianError < 0.2, $"{Model.Fits[TrainFamily.Cnn].MedianError:P0}");
        Assert.True(Model.Fits[TrainFamily.Encoder].MedianError < 0.2, $"{Model.Fits[TrainFamily.Encoder].MedianError:P0}");
        Assert.True(Model.Fits[TrainFamily.Llm].MedianError < 1.0, $"{Model.Fits[TrainFamily.Llm].MedianError:P0}");
    }

    [Fact]
    public void Fit_MeasurementsEqualToItsOwnPredictions_RecoversTheFactorsWithNoError()
    {
        var synthetic = Model.Rows.Select(r => r.Measurement with
        {
            Value = r.Measurement.Metric == "tokens_per_s" ? r.Predicted * (r.Measurement.SeqLen ?? r.Workload.DefaultSeqLen ?? 1) : r.Predicted,
        }).ToList();
        var refit = TrainingSpeedModel.Fit(synthetic, Workloads, Repo.Catalog)!;
        foreach (var family in Enum.GetValues<TrainFamily>())
        {
            Assert.True(refit.Fits[family].MedianError < 0.01, $"{family}: {refit.Fits[family].MedianError}");
        }

        // The language-model factor is pinned down by the data; the CNN's compute share is not (its memory term dominates).
        Assert.Equal(Model.Fits[TrainFamily.Llm].Utilization, refit.Fits[TrainFamily.Llm].Utilization, 3);
    }

    [Fact]
    public void TrainFlops_LanguageModel_Is6NPlusAttentionForFullAnd4NForLora()
    {
        var w = Workload("llama-2-7b");
        var s = new TrainingSetup { SeqLen = 2048 };
        var attention = 4.0 * 32 * 4096 * 2048 * 2048;
        Assert.Equal(3 * ((2 * 7e9 * 2048) + attention), TrainingSpeedModel.TrainFlops(w, s), 0);
        Assert.Equal(2 * ((2 * 7e9 * 2048) + attention), TrainingSpeedModel.TrainFlops(w, s with { Method = TrainingMethod.Lora }), 0);
        Assert.Equal(4 * ((2 * 7e9 * 2048) + attention), TrainingSpeedModel.TrainFlops(w, s with { Checkpointing = ActivationCheckpointing.Full }), 0);
    }

    [Fact]
    public void TrainFlops_ResNet50_Is3TimesThePaperForward()
    {
        Assert.Equal(3 * 7.6e9, TrainingSpeedModel.TrainFlops(Workload("resnet50"), new TrainingSetup()), 0);
    }

    [Fact]
    public void Predict_MoreGpus_NeverLowersTotalThroughput()
    {
        var setups = new (string Workload, TrainingSetup Setup)[]
        {
            ("resnet50", new TrainingSetup { MicroBatch = 256 }),
            ("bert-large", new TrainingSetup { SeqLen = 384, MicroBatch = 32 }),
            ("llama-3-8b", new TrainingSetup { MicroBatch = 8 }),
            ("llama-3-8b", new TrainingSetup { MicroBatch = 1, Method = TrainingMethod.Lora }),
            ("llama-2-13b", new TrainingSetup { MicroBatch = 1, ZeroStage = 3 }),
        };
        foreach (var gpu in Repo.Catalog.Gpus.Where(g => g.MixedPrecision is not null))
        {
            foreach (var (id, setup) in setups)
            {
                var previous = 0.0;
                for (var n = 1; n <= 16; n++)
                {
                    var total = Model.Predict(Workload(id), [.. Enumerable.Repeat(gpu, n)], setup).SamplesPerSecond;
                    Assert.True(total >= previous * 0.999999, $"{id} on {n}x {gpu.Id}: {total} after {previous}");
                    previous = total;
                }

                // Across nodes: once the network is paid (2 nodes on), more nodes never lower the total; from one node to two
                // that holds on a fast network for plain data parallelism, while a slow one (or ZeRO-3's extra traffic) can make two nodes slower than one, as it does in practice
                // (see Predict_SlowNetwork_CanLoseToOneNode).
                foreach (var (first, gbps) in setup.ZeroStage == 0 ? new[] { (2, 10.0), (1, 400.0) } : [(2, 10.0)])
                {
                    var lastNodes = 0.0;
                    for (var nodes = first; nodes <= 8; nodes++)
                    {
                        var total = Model.Predict(Workload(id), [gpu, gpu], setup with { Nodes = nodes, NetworkGbps = gbps }).SamplesPerSecond;
                        Assert.True(total >= lastNodes * 0.999999, $"{id} on {nodes} nodes of 2x {gpu.Id} at {gbps} Gb/s");
                        lastNodes = total;
                    }
                }
            }
        }
    }

    [Fact]
    public void Predict_SlowNetwork_CanLoseToOneNode()
    {
        var gpu = Gpu("rtx-3080-10gb");
        var setup = new TrainingSetup { MicroBatch = 1, ZeroStage = 3 };
        var one = Model.Predict(Workload("llama-2-13b"), [gpu, gpu], setup);
        var two = Model.Predict(Workload("llama-2-13b"), [gpu, gpu], setup with { Nodes = 2, NetworkGbps = 10 });
        Assert.True(two.SamplesPerSecond < one.SamplesPerSecond);
        Assert.True(two.ScalingEfficiency < 0.5);
    }

    [Fact]
    public void Predict_MoreTflops_NeverLowersSpeed()
    {
        var baseGpu = Gpu("rtx-3090");
        foreach (var id in new[] { "resnet50", "bert-base", "llama-3-8b" })
        {
            var previous = 0.0;
            for (var scale = 1.0; scale <= 4; scale += 0.25)
            {
                var faster = baseGpu with { Bf16Tensor = new TeraFlops(71 * scale), Fp16Tensor = new TeraFlops(71 * scale) };
                var speed = Model.Predict(Workload(id), [faster, faster], new TrainingSetup()).SamplesPerSecond;
                Assert.True(speed >= previous, $"{id} at x{scale}");
                previous = speed;
            }
        }
    }

    [Fact]
    public void Predict_ScalingEfficiency_IsAtMostOneAndFallsOverPcieForBigGradients()
    {
        var pcie = Model.Predict(Workload("llama-3-8b"), [.. Enumerable.Repeat(Gpu("rtx-4090"), 4)], new TrainingSetup { MicroBatch = 1, SeqLen = 512 });
        var nvlink = Model.Predict(Workload("llama-3-8b"), [.. Enumerable.Repeat(Gpu("h100-sxm5"), 4)], new TrainingSetup { MicroBatch = 1, SeqLen = 512 });
        Assert.InRange(pcie.ScalingEfficiency, 0, 0.999);
        Assert.InRange(nvlink.ScalingEfficiency, 0, 1);
        Assert.StartsWith("PCIe", pcie.Link!.Name, StringComparison.Ordinal);
        Assert.Equal("NVLink", nvlink.Link!.Name);
    }

    [Fact]
    public void Predict_FamilyWithoutMeasurements_IsAProblemNotAnotherFamilysFactors()
    {
        var cnnOnly = TrainingSpeedModel.Fit(Measurements.Where(m => m.Workload == "resnet50"), Workloads, Repo.Catalog)!;
        Assert.Single(cnnOnly.Fits);
        var p = cnnOnly.Predict(Workload("bert-base"), [Gpu("rtx-3090")], new TrainingSetup { SeqLen = 384 });
        Assert.Equal("--workload", Assert.Single(p.Problems).Option);
        Assert.Null(TrainingSpeedModel.Fit([], Workloads, Repo.Catalog));
    }

    [Fact]
    public void Predict_PowerLimitWithoutAPowerModel_IsAProblem()
    {
        var p = Model.Predict(Workload("resnet50"), [Gpu("rtx-3090")], new TrainingSetup { PowerLimitW = 250 }, power: null);
        Assert.Equal("--power-limit", Assert.Single(p.Problems).Option);
    }

    [Fact]
    public void Predict_Bf16OnVolta_IsAProblemNotAnException()
    {
        var p = Model.Predict(Workload("resnet50"), [Gpu("v100-sxm2-32gb")], new TrainingSetup { Precision = TrainPrecision.Bf16 });
        Assert.Equal("--precision", Assert.Single(p.Problems).Option);
        Assert.Equal(0, p.SamplesPerSecond);
    }

    [Fact]
    public void Predict_PowerLimit_ScalesComputeByTheFittedFraction()
    {
        var power = new PowerLimitModel(0.5, []);
        var gpu = Gpu("rtx-3090");
        var full = Model.Predict(Workload("resnet50"), [gpu], new TrainingSetup { MicroBatch = 256 }, power);
        var capped = Model.Predict(Workload("resnet50"), [gpu], new TrainingSetup { MicroBatch = 256, PowerLimitW = 350 * 0.25 }, power);
        Assert.Equal(0.5, capped.PowerFraction, 6);
        Assert.Equal(full.SamplesPerSecond * 0.5, capped.SamplesPerSecond, 6);
    }
}
