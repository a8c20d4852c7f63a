using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Workloads.Training;

/// <summary>Loads the training tables (train_workloads.csv, train_measurements.csv); every problem names file, line and field.</summary>
public static class TrainingTables
{
    private static readonly Dictionary<string, TrainFamily> Families = new(StringComparer.Ordinal)
    {
        ["cnn"] = TrainFamily.Cnn,
        ["encoder"] = TrainFamily.Encoder,
    };

    private static readonly HashSet<string> Metrics = new(StringComparer.Ordinal) { "samples_per_s", "tokens_per_s", "mfu" };

    /// <summary>Reads data/models/train_workloads.csv (CNN and encoder workloads; language models come from llms.csv).</summary>
    public static (ImmutableArray<TrainWorkload> Workloads, ImmutableArray<InputError> Errors) LoadWorkloads(string directory)
    {
        var path = Path.Combine(directory, "train_workloads.csv");
        if (!File.Exists(path))
        {
            return ([], [new InputError(path, 0, null, "the file is missing", "restore it from the repository")]);
        }

        var errors = new List<InputError>();
        var table = CsvTable.Parse(path, File.ReadAllText(path), errors);
        var rows = ImmutableArray.CreateBuilder<TrainWorkload>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(path, row, errors);
            if (ReadWorkload(r) is { } w && !r.Failed)
            {
                rows.Add(w);
            }
        }

        return errors.Count > 0 ? ([], [.. errors]) : (rows.ToImmutable(), []);
    }

    /// <summary>Reads data/models/train_measurements.csv (published training speeds).</summary>
    public static (ImmutableArray<TrainMeasurement> Measurements, ImmutableArray<InputError> Errors) LoadMeasurements(string directory)
    {
        var path = Path.Combine(directory, "train_measurements.csv");
        if (!File.Exists(path))
        {
            return ([], [new InputError(path, 0, null, "the file is missing", "restore it from the repository")]);
        }

        var errors = new List<InputError>();
        var table = CsvTable.Parse(path, File.ReadAllText(path), errors);
        var rows = ImmutableArray.CreateBuilder<TrainMeasurement>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(path, row, errors);
            var m = ReadMeasurement(r);
            if (!r.Failed)
            {
                rows.Add(m);
            }
        }

        return errors.Count > 0 ? ([], [.. errors]) : (rows.ToImmutable(), []);
    }

    private static TrainWorkload? ReadWorkload(RowReader r)
    {
        var id = r.Id();
        var familyWord = r.Text("family", required: true);
        if (familyWord is not null && !Families.ContainsKey(familyWord))
        {
            r.Error("family", $"'{familyWord}' is not a training family", "use cnn or encoder (language models belong in llms.csv)");
            return null;
        }

        var family = familyWord is null ? TrainFamily.Cnn : Families[familyWord];
        var w = new TrainWorkload
        {
            Id = id,
            Name = r.Required("name"),
            Family = family,
            Params = r.Number("params", required: true, min: 1, max: 1e13) ?? 0,
            Layers = r.Count("layers", required: family == TrainFamily.Encoder, min: 1, max: 10_000),
            HiddenSize = r.Count("hidden_size", required: family == TrainFamily.Encoder, min: 1, max: 1_000_000),
            ForwardGflop = r.Number("forward_gflop", required: family == TrainFamily.Cnn, min: 0.000001, max: 1e9),
            DefaultSeqLen = r.Count("default_seq_len", required: family == TrainFamily.Encoder, min: 1, max: 10_000_000),
            DefaultBatchPerGpu = r.Count("default_batch_per_gpu", required: true, min: 1, max: 100_000) ?? 1,
            Source = r.Required("source"),
        };
        return w;
    }

    private static TrainMeasurement ReadMeasurement(RowReader r)
    {
        var metric = r.Required("metric");
        if (metric.Length > 0 && !Metrics.Contains(metric))
        {
            r.Error("metric", $"'{metric}' is not a training metric", "use samples_per_s, tokens_per_s or mfu");
        }

        return new TrainMeasurement
        {
            Gpu = r.Required("gpu"),
            GpuCount = r.Count("gpu_count", required: true, min: 1, max: 100_000) ?? 1,
            Workload = r.Required("workload"),
            Precision = r.Text("precision"),
            Metric = metric,
            Value = r.Number("value", required: true, min: 0.000001, max: 1e12) ?? 0,
            BatchPerGpu = r.Count("batch_per_gpu", min: 1, max: 1_000_000),
            SeqLen = r.Count("seq_len", min: 1, max: 10_000_000),
            PowerLimitW = r.Number("power_limit_w", min: 1, max: 10_000),
            Source = r.Required("source"),
            Notes = r.Text("notes"),
            Line = r.Line,
        };
    }
}
