//! Prints the font dictionaries used by a PDF's pages (debugging aid).
//! Usage: `cargo run --example fontdump -- FILE.pdf [PAGE]`.

use legajo::config::Limits;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else { return };
    let only = args.get(1).and_then(|a| a.parse::<usize>().ok());
    let Ok(bytes) = std::fs::read(path) else { return };
    let Ok(doc) = legajo::pdf::load(&bytes, &Limits::default(), None) else { return };
    if let Some(n) =
        args.iter().position(|a| a == "--obj").and_then(|i| args.get(i + 1)).and_then(|n| n.parse::<u32>().ok())
    {
        if let Ok(lopdf::Object::Stream(s)) = doc.doc.get_object((n, 0)) {
            println!("{:?}\n{}", s.dict, String::from_utf8_lossy(&s.decompressed_content().unwrap_or_default()));
        }
        return;
    }
    if let Some(n) =
        args.iter().position(|a| a == "--codes").and_then(|i| args.get(i + 1)).and_then(|n| n.parse::<u32>().ok())
    {
        for (code, text, adv) in legajo::pdf::font_code_table(&doc, (n, 0)) {
            println!("{code:5} {text:?} {adv}");
        }
        return;
    }
    if let Some(pat) = args.iter().position(|a| a == "--grep").and_then(|i| args.get(i + 1)) {
        for (id, obj) in &doc.doc.objects {
            if let Ok(d) = obj.as_dict() {
                let s = format!("{d:?}");
                if s.contains(pat.as_str()) && d.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"Font") {
                    println!("{id:?}: {}", &s[..s.len().min(1500)]);
                    for key in [&b"ToUnicode"[..], b"DescendantFonts", b"FontDescriptor"] {
                        if let Ok(o) = d.get(key) {
                            let o = doc.doc.dereference(o).map(|x| x.1.clone());
                            println!(
                                "   {}: {:?}",
                                String::from_utf8_lossy(key),
                                o.map(|o| format!("{o:?}").chars().take(800).collect::<String>())
                            );
                        }
                    }
                }
            }
        }
        return;
    }
    for (i, g) in doc.pages.iter().enumerate() {
        if only.is_some_and(|p| p != i + 1) {
            continue;
        }
        if let Ok(fonts) = doc.doc.get_page_fonts(g.id) {
            for (name, dict) in fonts {
                let mut d = dict.clone();
                for k in [&b"CharProcs"[..], b"Widths"] {
                    if d.get(k).is_ok() {
                        d.set(k, "(omitted)");
                    }
                }
                println!("page {} /{}: {:?}", i + 1, String::from_utf8_lossy(&name), d);
                for key in [&b"ToUnicode"[..], b"Encoding", b"FontDescriptor", b"DescendantFonts"] {
                    if let Ok(lopdf::Object::Reference(id)) = dict.get(key) {
                        match doc.doc.get_object(*id) {
                            Ok(lopdf::Object::Stream(s)) => {
                                let c = s.decompressed_content().unwrap_or_default();
                                println!(
                                    "   {}: {:?} {}",
                                    String::from_utf8_lossy(key),
                                    s.dict,
                                    String::from_utf8_lossy(&c[..c.len().min(1500)])
                                );
                            }
                            Ok(o) => println!("   {}: {:?}", String::from_utf8_lossy(key), o),
                            Err(_) => {}
                        }
                    }
                }
            }
        }
    }
}
