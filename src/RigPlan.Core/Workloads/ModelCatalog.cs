using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Workloads;

/// <summary>The model and weight-format tables, loaded and validated like the hardware catalog.</summary>
public sealed class ModelCatalog
{
    private ModelCatalog(ImmutableArray<LlmModel> models, ImmutableArray<QuantFormat> formats)
    {
        Models = models;
        Formats = formats;
    }

    /// <summary>Language models.</summary>
    public ImmutableArray<LlmModel> Models { get; }

    /// <summary>Weight formats.</summary>
    public ImmutableArray<QuantFormat> Formats { get; }

    /// <summary>Loads data/models/llms.csv and quant_formats.csv from a folder.</summary>
    public static (ModelCatalog? Catalog, ImmutableArray<InputError> Errors) LoadDirectory(string directory)
    {
        var errors = new List<InputError>();
        var models = ImmutableArray.CreateBuilder<LlmModel>();
        var formats = ImmutableArray.CreateBuilder<QuantFormat>();
        foreach (var (file, read) in new (string, Action<RowReader>)[]
        {
            ("llms.csv", r => models.Add(new LlmModel
            {
                Id = ModelId(r),
                Name = r.Required("name"),
                ParamsB = r.Number("params_b", required: true, min: 0.001, max: 100_000) ?? 0,
                ActiveParamsB = r.Number("active_params_b", required: true, min: 0.001, max: 100_000) ?? 0,
                Layers = r.Count("layers", required: true, min: 1, max: 10_000) ?? 0,
                HiddenSize = r.Count("hidden_size", required: true, min: 1) ?? 0,
                IntermediateSize = r.Count("intermediate_size", min: 1),
                AttentionHeads = r.Count("attention_heads", required: true, min: 1, max: 10_000) ?? 0,
                KvHeads = r.Count("kv_heads", required: true, min: 1, max: 10_000) ?? 0,
                HeadDim = r.Count("head_dim", min: 1, max: 100_000),
                VocabSize = r.Count("vocab_size", required: true, min: 1, max: 10_000_000) ?? 0,
                ContextLength = r.Count("context_length", required: true, min: 1, max: 100_000_000) ?? 0,
                TiedEmbeddings = r.Bool("tie_embeddings") ?? false,
                Source = r.Required("source"),
            })),
            ("quant_formats.csv", r => formats.Add(new QuantFormat(ModelId(r), r.Required("name"), r.Number("bits_per_weight", required: true, min: 1, max: 64) ?? 0, r.Required("source")))),
        })
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                errors.Add(new InputError(path, 0, null, "the file is missing", "restore it from the repository"));
                continue;
            }

            var table = CsvTable.Parse(path, File.ReadAllText(path), errors);
            foreach (var row in table.Rows)
            {
                read(new RowReader(path, row, errors));
            }
        }

        return errors.Count > 0 ? (null, [.. errors]) : (new ModelCatalog(models.ToImmutable(), formats.ToImmutable()), []);
    }

    /// <summary>Model and format ids keep their community spelling (<c>llama-3.1-8b</c>, <c>q4_k_m</c>): lower case, digits, '.', '_' and '-'.</summary>
    private static string ModelId(RowReader r)
    {
        var id = r.Required("id");
        if (id.Length > 0 && !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-'))
        {
            r.Error("id", $"'{id}' is not a lower-case id", "use lower-case letters, digits, '.', '_' and '-'");
        }

        return id;
    }

    /// <summary>Reads data/models/measurements.csv (published inference speeds); errors name file, line and field.</summary>
    public static (ImmutableArray<Measurement> Measurements, ImmutableArray<InputError> Errors) LoadMeasurements(string directory)
    {
        var path = Path.Combine(directory, "measurements.csv");
        if (!File.Exists(path))
        {
            return ([], [new InputError(path, 0, null, "the file is missing", "restore it from the repository")]);
        }

        var errors = new List<InputError>();
        var table = CsvTable.Parse(path, File.ReadAllText(path), errors);
        var rows = ImmutableArray.CreateBuilder<Measurement>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(path, row, errors);
            var m = new Measurement
            {
                Gpu = r.Required("gpu"),
                GpuCount = r.Count("gpu_count", required: true, min: 1, max: 64) ?? 1,
                Model = r.Required("model"),
                Quant = r.Required("quant"),
                Backend = r.Text("backend"),
                Metric = r.Required("metric"),
                Value = r.Number("value", required: true, min: 0.000001, max: 1e9) ?? 0,
                PromptTokens = r.Count("prompt_tokens", min: 0, max: 10_000_000),
                GenTokens = r.Count("gen_tokens", min: 0, max: 10_000_000),
                Batch = r.Count("batch", min: 1, max: 100_000) ?? 1,
                Split = r.Text("split"),
                Source = r.Required("source"),
                Line = r.Line,
            };
            if (!r.Failed)
            {
                rows.Add(m);
            }
        }

        return errors.Count > 0 ? ([], [.. errors]) : (rows.ToImmutable(), []);
    }

    /// <summary>A model by id or name, or null.</summary>
    public LlmModel? Model(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = NameMatching.Key(query);
        return Models.FirstOrDefault(m => string.Equals(m.Id, query.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? Models.FirstOrDefault(m => NameMatching.Key(m.Id) == key || NameMatching.Key(m.Name) == key);
    }

    /// <summary>A format by id (case-insensitive), or null.</summary>
    public QuantFormat? Format(string query) =>
        Formats.FirstOrDefault(f => string.Equals(f.Id, query?.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(f.Name, query?.Trim(), StringComparison.OrdinalIgnoreCase));
}
