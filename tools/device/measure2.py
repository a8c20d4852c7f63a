"""Second pass: decode throughput under batching (Llama-3-8B shapes, CUDA graphs) and a BERT-large-shaped encoder
training step (torch.nn.TransformerEncoder, 24 layers, 1024 wide, 16 heads, AMP FP16), synthetic data. JSON to $OUT."""
import json, os, time, traceback
from timing import timed  # tools/device/timing.py, found because Python puts the script's folder on sys.path
import torch
out = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "device": torch.cuda.get_device_name(0), "torch": torch.__version__}


def decode_batches():
    L, H, I, heads, kv, hd = 32, 4096, 14336, 32, 8, 128
    dt, dev = torch.bfloat16, "cuda"
    W = [{k: torch.randn(*s, device=dev, dtype=dt) * 0.02 for k, s in
          {"q": (H, heads * hd), "k": (H, kv * hd), "v": (H, kv * hd), "o": (heads * hd, H), "g": (H, I), "u": (H, I), "d": (I, H)}.items()} for _ in range(L)]
    head = torch.randn(H, 128256, device=dev, dtype=dt) * 0.02
    res = {}
    for b in [1, 8, 32]:
        ctx = 512
        kc = [torch.randn(b, kv, ctx, hd, device=dev, dtype=dt) for _ in range(L)]
        vc = [torch.randn(b, kv, ctx, hd, device=dev, dtype=dt) for _ in range(L)]
        x0 = torch.randn(b, H, device=dev, dtype=dt)
        def step():
            x = x0
            for i, l in enumerate(W):
                h = torch.nn.functional.rms_norm(x, (H,))
                q = (h @ l["q"]).view(b, kv, heads // kv, hd)
                att = torch.softmax(q @ kc[i].transpose(2, 3) / hd ** 0.5, dim=-1) @ vc[i]
                x = x + att.reshape(b, heads * hd) @ l["o"]
                h = torch.nn.functional.rms_norm(x, (H,))
                x = x + (torch.nn.functional.silu(h @ l["g"]) * (h @ l["u"])) @ l["d"]
            return torch.nn.functional.rms_norm(x, (H,)) @ head
        with torch.inference_mode():
            g = torch.cuda.CUDAGraph()
            step(); torch.cuda.synchronize()
            with torch.cuda.graph(g):
                step()
            s = timed(lambda: g.replay(), 30)
        res[f"batch_{b}"] = {"steps_per_s": round(1 / s, 1), "tokens_per_s": round(b / s, 1)}
        del kc, vc
    return res

def bert_large():
    res = {}
    for seq, bs in [(128, 64), (384, 24)]:
        layer = torch.nn.TransformerEncoderLayer(1024, 16, 4096, dropout=0.1, activation="gelu", batch_first=True, norm_first=False)
        model = torch.nn.Sequential(torch.nn.Embedding(30522, 1024), torch.nn.TransformerEncoder(layer, 24, enable_nested_tensor=False), torch.nn.Linear(1024, 30522)).cuda()
        opt = torch.optim.AdamW(model.parameters(), lr=1e-4, fused=True)
        scaler = torch.amp.GradScaler("cuda")
        x = torch.randint(0, 30522, (bs, seq), device="cuda")
        def it():
            opt.zero_grad(set_to_none=True)
            with torch.autocast("cuda", dtype=torch.float16):
                loss = torch.nn.functional.cross_entropy(model(x).view(-1, 30522), x.view(-1))
            scaler.scale(loss).backward(); scaler.step(opt); scaler.update()
        s = timed(it, 20, warm=5)
        params = sum(p.numel() for p in model.parameters())
        res[f"seq_{seq}"] = {"batch": bs, "sequences_per_s": round(bs / s, 1), "params": params}
        del model, opt
        torch.cuda.empty_cache()
    return res

for name, fn in [("decode_batches", decode_batches), ("bert_large_shaped", bert_large)]:
    t0 = time.time()
    try:
        out[name] = fn()
    except Exception as e:
        out[name] = {"error": repr(e), "trace": traceback.format_exc()[-600:]}
    out.setdefault("seconds", {})[name] = round(time.time() - t0, 1)
text = json.dumps(out, indent=2)
open(os.path.join(os.environ.get("OUT", "."), "measure2.json"), "w").write(text)
print(text)
