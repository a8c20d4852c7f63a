using RigPlan.Core.Workloads.Training;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Workloads.Training;

public sealed class TrainingTablesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rigplan-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LoadWorkloads_Shipped_HasResNetAndBert()
    {
        var (rows, errors) = TrainingTables.LoadWorkloads(Path.Combine(Repo.Root, "data", "models"));
        Assert.Empty(errors);
        Assert.Equal(["resnet50", "bert-base", "bert-large"], rows.Select(r => r.Id));
        Assert.Equal(7.6e9, rows[0].ForwardFlops(1));
    }

    [Fact]
    public void LoadMeasurements_Shipped_Has393Rows()
    {
        var (rows, errors) = TrainingTables.LoadMeasurements(Path.Combine(Repo.Root, "data", "models"));
        Assert.Empty(errors);
        Assert.Equal(393, rows.Length);
    }

    [Fact]
    public void LoadWorkloads_BadRows_ReportFileLineAndField()
    {
        File.WriteAllText(Path.Combine(_dir, "train_workloads.csv"), """
            id,name,family,params,layers,hidden_size,forward_gflop,default_seq_len,default_batch_per_gpu,source,notes
            resnet50,ResNet-50,cnn,25557032,,,,,256,paper,
            vit,ViT,vision,86000000,12,768,,197,32,paper,
            """);
        var (rows, errors) = TrainingTables.LoadWorkloads(_dir);
        Assert.Empty(rows);
        Assert.Contains(errors, e => e.Line == 2 && e.Field == "forward_gflop");
        Assert.Contains(errors, e => e.Line == 3 && e.Field == "family");
    }

    [Fact]
    public void LoadMeasurements_MissingFile_IsAnErrorNotAnException()
    {
        var (rows, errors) = TrainingTables.LoadMeasurements(_dir);
        Assert.Empty(rows);
        Assert.Contains("missing", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Method_ReadFromNotesAndPrecision()
    {
        var row = new TrainMeasurement { Gpu = "A40", GpuCount = 1, Workload = "llama-2-7b", Metric = "tokens_per_s", Value = 1, Source = "s", Line = 2, Notes = "method lora (rank 8)" };
        Assert.Equal(TrainingMethod.Lora, row.Method);
        Assert.Equal(TrainingMethod.Qlora, (row with { Precision = "NF4+BF16" }).Method);
        Assert.Equal(TrainingMethod.Full, (row with { Notes = null }).Method);
    }
}
