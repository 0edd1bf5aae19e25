fn main() {
    let args: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let recs = newsgraph::ingest::read_all(&args, &Default::default()).unwrap();
    for r in recs {
        if let newsgraph::ingest::Record::Document(d) = r {
            let ex = newsgraph::extract::extract(&d);
            println!("{}", serde_json::to_string(&ex).unwrap());
        }
    }
}
