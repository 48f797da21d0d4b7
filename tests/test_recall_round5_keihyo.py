"""Round-5 recall families for the 景表法 / 医療広告 / JSRM categories, written for this test
(never copied from an audit): each case is one expression family in our own wording, with
the categories it must raise, and neighbours that must stay quiet."""

import pytest

from checker import check
from checker.judge.taxonomy import CLAIM_CATEGORIES


def _cats(text: str, profile: str) -> set[str]:
    return {f.category for f in check(text, profile).findings if f.category in CLAIM_CATEGORIES}


FLAGGED = [
    # testimonial: an after-use change narrated in a post or a spoken review, no age tag
    ("clinic", "#PR 点滴の次の日、目元がぱっと明るくなってて感動…！", {"testimonial"}),
    ("cosmetic", "夜に塗って寝たら、翌朝フェイスラインがシュッとしててびっくり", {"testimonial"}),
    ("clinic", "「2回目を打ってもらってから、口元のシワが目立たなくなって」", {"testimonial"}),
    ("supplement", "「飲み始めて、もう朝の体の軽さが全然違うんです」", {"testimonial"}),
    ("supplement", "今年の受験シーズンはこのドリンクのおかげで乗り切れました！", {"testimonial"}),
    ("supplement", "3か月続けて、やっと抜け毛が止まった😭", {"testimonial"}),
    ("cosmetic", "くすみ少なくなった気がする…？ #PR #スキンケア", {"testimonial"}),
    ("supplement", "家族から元気に見えると言われるようになりました。", {"testimonial"}),
    ("supplement", "膝をかばわずに階段を楽に上れるようになりました", {"testimonial"}),
    # comparative: rivals dismissed without numbers, a medical procedure made unnecessary
    ("cosmetic", "お手頃価格の幹細胞コスメなんて、ほぼ見かけ倒しです。", {"comparative"}),
    ("cosmetic", "ありきたりの美容液じゃ満足できない大人の肌へ。", {"comparative"}),
    ("cosmetic", "ドラッグストアの化粧水にも引けを取らないうるおい。", {"comparative"}),
    ("cosmetic", "プチプラなのに、デパコス顔負けのツヤ。", {"comparative"}),
    ("cosmetic", "ダーマペン要らずのなめらか肌へ。", {"comparative"}),
    ("supplement", "美容皮膚科に通わなくても、内側からハリのある毎日へ。", {"comparative"}),
    # endorsement: celebrities and described experts using or vouching
    ("supplement", "人気アイドルも「ライブ前の元気の素」として愛飲しています。", {"endorsement"}),
    ("clinic", "女優さんや読者モデルさんも、ひそかに通ってるんですよ。", {"endorsement"}),
    ("clinic", "形成外科の専門医も、この導入の効果を認めています。", {"endorsement"}),
    # disease-treatment: named conditions and test values in claim frames
    ("supplement", "精力減退が気になる男性の毎日に。", {"disease-treatment"}),
    ("cosmetic", "乾癬や湿疹に悩む肌の強い味方。", {"disease-treatment"}),
    ("cosmetic", "じんましんの出にくい体質へ。", {"disease-treatment"}),
    ("supplement", "コレステロールが気になる方へ、毎朝の一杯。", {"disease-treatment"}),
    ("supplement", "脂肪肝ぎみのお父さんに。", {"disease-treatment"}),
    ("supplement", "腎機能の検査値を安定させたい方のサプリ。", {"disease-treatment"}),
    ("supplement", "くしゃみと鼻水がおさまった！もう手放せない", {"disease-treatment"}),
    ("cosmetic", "肝斑やシミを根本から消し去るクリーム。", {"disease-treatment"}),
    # superlative
    ("cosmetic", "九州で一番売れているエクソソーム美容液。", {"superlative"}),
    ("clinic", "県内でいちばん導入実績のある点滴です。", {"superlative"}),
    ("cosmetic", "独自製法で生まれた、唯一の原料です。", {"superlative"}),
    ("clinic", "ほかでは受けられない点滴メニューです。", {"superlative"}),
    # stem-cell-misrepresentation
    ("supplement", "幹細胞移植を受けたのと同等の実感を、毎朝の一杯で。", {"stem-cell-misrepresentation"}),
    ("cosmetic", "再生医療を受けたような仕上がりを自宅で。", {"stem-cell-misrepresentation"}),
    # price-inducement
    ("clinic", "このモニター料金は今週末までですので、お早めに。", {"price-inducement"}),
    ("cosmetic", "セットの販売は月末までなので、今のうちにどうぞ！", {"price-inducement"}),
    # ips-derived
    ("cosmetic", "受精卵（ヒト胚）由来の培養エキスを贅沢に配合。", {"ips-derived"}),
    # approval-misrepresentation
    ("clinic", "厚生局へ届け出て、国から認可をいただいた治療法です。", {"approval-misrepresentation"}),
    ("clinic", "提供計画の届出＝国の承認を得た証です。", {"approval-misrepresentation"}),
    # comparative, round 6: rivals passing through for nothing, a place or procedure made
    # unnecessary or matched at home, an effect set apart from all others
    ("supplement", "ほかのメーカーのカプセルは、溶けてもほぼ素通りです。", {"comparative"}),
    ("supplement", "コンビニのドリンクは、正直ただの気休めですね。", {"comparative"}),
    ("cosmetic", "これさえあれば皮膚科なんていらないよね。", {"comparative"}),
    ("cosmetic", "「もうサロンいらんわ、ほんまに」", {"comparative"}),
    ("cosmetic", "ハイフと同じケアが、自宅で5分。", {"comparative"}),
    ("cosmetic", "おうちで美容クリニック級のツヤケア。", {"comparative"}),
    ("supplement", "点滴に通わなくても、毎朝の一杯でハリ実感。", {"comparative"}),
    ("supplement", "巡りの変化が他所とは段違いなんです。", {"comparative"}),
    ("cosmetic", "ほかとはひと味違うハリをどうぞ。", {"comparative"}),
    # testimonial, round 6: hearsay with 声/とのこと, a crowd quoted, hedged or light-use changes,
    # a went-and-got-it post
    ("clinic", "先日の患者さんからは『ほうれい線が浅くなった』とのお話でした。", {"testimonial"}),
    ("supplement", "寝つきがよくなったって感想もいただいてます！", {"testimonial"}),
    ("cosmetic", "「毛穴が小さくなった」という愛用者さんが後を絶ちません。", {"testimonial"}),
    ("cosmetic", "目の下のクマ、なくなったかも…？ #PR", {"testimonial"}),
    ("supplement", "2粒飲んだだけで、次の朝むくみが取れてた", {"testimonial"}),
    ("clinic", "#PR 幹細胞上清の点滴してもらってきた💉 帰りにはもう顔がすっきり", {"testimonial"}),
    # endorsement, round 6: a society's recommendation, a doctor's quoted words praised
    ("cosmetic", "とある皮膚の学会も推奨しているセラムです。", {"endorsement"}),
    ("supplement", "協会イチ推しの上清ドリンク。", {"endorsement"}),
    ("cosmetic", "美容外科医が「小鼻の毛穴がほぼ見えなくなる」と大絶賛した一本。", {"endorsement"}),
    ("clinic", "教授が『ほかでは受けられない点滴』と力説していました。", {"endorsement"}),
    # approval-misrepresentation, round 6: a foreign registration or recognition
    ("cosmetic", "FDA-registered facility で製造した exosome serum.", {"approval-misrepresentation"}),
    ("clinic", "欧米でも正式に認められた上清液点滴です。", {"approval-misrepresentation"}),
    ("supplement", "FDA認証済みのエクソソームカプセル。", {"approval-misrepresentation"}),
    # superlative, round 6: first to introduce in a place, first-mover titles, nothing else matches
    ("clinic", "九州で初めてエクソソーム点滴を導入したクリニックです。", {"superlative"}),
    ("cosmetic", "幹細胞コスメの草分けブランドが手がけるセラム。", {"superlative"}),
    ("supplement", "この配合量は、よそにはないと自負しています。", {"superlative"}),
    # stem-cell-misrepresentation, round 6: the therapy's name glossed with the supernatant
    ("clinic", "再生医療（幹細胞上清液の点滴）コース", {"stem-cell-misrepresentation"}),
    ("clinic", "培養上清液注射【幹細胞治療】5回 198,000円", {"stem-cell-misrepresentation"}),
    # disease-treatment, round 6: a body that no longer falls ill, immunity against illness
    ("supplement", "毎朝飲むようになって、インフルにかからんようになりました。", {"disease-treatment"}),
    ("supplement", "免疫力アップで感染症に強いカラダへ。", {"disease-treatment"}),
    # round 5c frames: rival + "not the same / level differs / unnecessary"; ours + only
    ("cosmetic", "コンビニの化粧水とは、潤いの持続が比べものになりません。", {"comparative"}),
    ("cosmetic", "よそのエクソソームコスメは保湿剤がほとんど。", {"comparative"}),
    ("supplement", "市販品の中で唯一、上清を高濃度で配合したカプセル。", {"comparative", "superlative"}),
    ("cosmetic", "ボトックスも糸リフトも、もう要らなくなる日が来る。", {"comparative"}),
    ("cosmetic", "注射では届かない、根本からのハリを。", {"comparative"}),
    ("cosmetic", "従来の美容液の常識を塗り替える新処方。", {"comparative"}),
    ("supplement", "吸収力10倍のナノカプセル。", {"comparative"}),
    ("cosmetic", "メスのいらないリフトケア。", {"comparative"}),
    # endorsement: any described professional / institution / celebrity + uses / vouches
    ("cosmetic", "ヘアメイクたちは撮影の現場に常備しているミスト。", {"endorsement"}),
    ("supplement", "副院長が心から推薦するサプリメント。", {"endorsement"}),
    ("cosmetic", "開発者が自身の肌で半年間試してから完成させたクリーム。", {"endorsement"}),
    ("cosmetic", "専門家が勧めるなら間違いない、と話題の美容液。", {"endorsement"}),
    # joint research that confirmed the effect: evidence-claim only (eleventh session: every
    # blind writer since the eighth labelled a joint study as evidence, not a recommendation;
    # co-development with named doctors or a hospital stays endorsement)
    ("cosmetic", "皮膚科との共同研究で、保湿効果が実証されたクリーム。", {"evidence-claim"}),
    ("clinic", "大学病院の研究チームが開発に参画した点滴製剤です。", {"endorsement"}),
    ("cosmetic", "人気タレントの〇〇さんがSNSで紹介して話題に。", {"endorsement"}),
    # testimonial: first-person or reported accounts of an effect, any style
    ("cosmetic", "シミも薄くなったし、ほんまにびっくりやわ。", {"testimonial"}),
    ("cosmetic", "50代なのに30代に見られることが増えました。", {"testimonial"}),
    ("cosmetic", "2週間でほうれい線どこ行った？って感じ #PR", {"testimonial"}),
    ("clinic", "施術を受けてから、毛穴がすっかり目立たなくなりました。", {"testimonial"}),
    ("clinic", "くすみが消えた患者様が大勢いらっしゃいます。", {"testimonial"}),
    ("clinic", "利用者アンケートでは「ハリが戻った」と回答した方が8割。", {"testimonial"}),
    ("supplement", "「疲れが抜けなくて飲み始めました」というお客様も。", {"testimonial"}),
    ("cosmetic", "「目元のハリが戻ってきた」30代女性", {"testimonial"}),
    # stem-cell: the supernatant presented as containing, being or equal to stem cells / therapy
    ("supplement", "幹細胞治療をおうちで、毎朝の1粒で。", {"stem-cell-misrepresentation"}),
    ("cosmetic", "再生医療の力を、毎晩のクリームで。", {"stem-cell-misrepresentation"}),
    ("supplement", "このドリンクを飲めば、幹細胞移植を受けたのと変わらない。", {"stem-cell-misrepresentation"}),
    ("cosmetic", "幹細胞を生きたまま閉じ込めたアンプル。", {"stem-cell-misrepresentation"}),
    ("cosmetic", "幹細胞そのものを、特許製法でセラムに閉じ込めました。", {"stem-cell-misrepresentation"}),
    ("cosmetic", "配合された幹細胞が肌の奥で増殖を続けます。", {"stem-cell-misrepresentation"}),
    # superlative: only / first / best incl. regional and category scopes
    ("cosmetic", "シリーズ史上もっとも高濃度のアンプル。", {"superlative"}),
    ("supplement", "これほどの濃さは見たことがない。", {"superlative"}),
    ("cosmetic", "本物のヒト幹細胞培養液を届けられるのは当社だけ。", {"superlative", "comparative"}),
    ("cosmetic", "北海道唯一の正規取扱店です。", {"superlative"}),
    ("clinic", "当院だけが提供できる上清点滴です。", {"superlative"}),
    # disease-treatment: named conditions in claim frames
    ("cosmetic", "乾癬で悩んできた肌が、みるみる落ち着いていく。", {"disease-treatment"}),
    ("supplement", "中性脂肪の数値が正常になってきた。", {"disease-treatment"}),
    ("supplement", "通院の頻度が減ったという声も。", {"disease-treatment"}),
    ("supplement", "脳梗塞の再発予防をサポート。", {"disease-treatment"}),
    ("supplement", "膝関節のすり減り対策に。", {"disease-treatment"}),
    # price-inducement: soft pressure (a price rise ahead, restock unknown, sold out on reservations)
    ("cosmetic", "4月から価格改定予定のため、今のうちのまとめ買いがおすすめです。", {"price-inducement"}),
    ("cosmetic", "次回入荷は未定です。", {"price-inducement"}),
    ("supplement", "予約だけで完売した限定カラー。", {"price-inducement"}),
    # approval-misrepresentation: public / international recognition
    ("clinic", "公的に認可された再生医療として提供しています。", {"approval-misrepresentation"}),
    ("cosmetic", "国際的にも品質が認められたブランド。", {"approval-misrepresentation"}),
    # round 5d, testimonial narrative frame: a teller (私, 家族, 友人, N歳の私) + use (飲んで, 打ってもらって,
    # 〜のおかげで) + a change told in the past (消えた, 正常値に, 別人, −kg, 効いた), any order; hearsay of many
    ("supplement", "七十を過ぎた僕でも、このカプセルのおかげで夜中に起きることがなくなりました。", {"testimonial"}),
    ("supplement", "妻がこの粒を飲んで三か月、健康診断の数値が正常値に戻りました。", {"testimonial"}),
    ("supplement", "うちの姉、これを飲み続けてひと月で−2.5キロ！", {"testimonial"}),
    ("cosmetic", "使い始めてたった五日、鏡の中の肌が別人レベル✨", {"testimonial"}),
    ("clinic", "二回目を受けて半年、額のシワがほとんど気にならなくなった。", {"testimonial"}),
    ("cosmetic", "頬のシミ、マジで激減したんだけど🥹", {"testimonial"}),
    ("clinic", "導入から三日目、ふと見たらクマが薄くなってました！", {"testimonial"}),
    ("supplement", "腰をかばって外に出られなかったのが、今ではひとりで畑仕事をしています。", {"testimonial"}),
    ("supplement", "どのサプリより、これがいちばん効いた😂", {"testimonial"}),
    ("supplement", "職場の先輩たち、みんなこれ飲んでて調子いいみたい😊", {"testimonial"}),
    ("cosmetic", "わたしの手荒れが治ったのは、このバームのお陰です。", {"testimonial"}),
    ("cosmetic", "長年悩まされてきたニキビ跡が、このセラムで薄くなり、すっぴんで出かけられました。", {"testimonial"}),
    # round 5d, endorsement / approval / superlative / disease-treatment frames widened
    ("cosmetic", "神戸の美容皮膚科の院長が認めた美容液。", {"endorsement"}),
    ("clinic", "県立医療センターの部長が推奨する導入メニューです。", {"endorsement"}),
    ("supplement", "外来で長年、患者さんにこの粒をおすすめしてきました。", {"endorsement"}),
    ("cosmetic", "皮膚科の同僚たちも、自宅で愛用しているセラム。", {"endorsement"}),
    ("clinic", "美容医療協会から正式に認定を受けたアンプルを使います。", {"approval-misrepresentation"}),
    ("cosmetic", "台湾の当局が効き目を公式に承認したセラム。", {"approval-misrepresentation"}),
    ("cosmetic", "当社だけの特別処方で仕上げたエクソソーム美容液。", {"superlative"}),
    ("supplement", "ほかにないブレンドの美容サプリ。", {"superlative"}),
    ("clinic", "この濃度の導入が受けられるのは、東北でここだけ。", {"superlative"}),
    ("clinic", "当クリニックのみの限定プロトコルです。", {"superlative"}),
    ("supplement", "花粉の季節の目のむずむずが和らぎました。", {"disease-treatment"}),
    ("clinic", "更年期のつらい症状が、月一回の導入でずいぶん和らぎます。", {"disease-treatment"}),
    ("supplement", "腰をかばって車いすが必要だったのが、今ではひとりで畑仕事をしています。", {"disease-treatment"}),
    ("cosmetic", "十年以上悩まされた湿疹が、このバームで落ち着きました。", {"disease-treatment"}),
]

QUIET = [
    # usage feel, staff and booking stay allowed; a promise in ad copy is no one's account
    ("cosmetic", "とろみのあるテクスチャーで、塗ったあとしっとりしてて感動。", "testimonial"),
    ("clinic", "受付の方が丁寧で、次回の予約もすぐ取れました。", "testimonial"),
    ("supplement", "この一杯で、忙しい季節を元気に乗り切りましょう。", "testimonial"),
    ("clinic", "施術後にかゆみが強くなった場合は、すぐにご連絡ください。", "testimonial"),
    ("supplement", "「粒が小さくて飲みやすい」とのことです。", "testimonial"),
    ("cosmetic", "「香りが落ち着く」というリピーターが続出しています。", "testimonial"),
    ("clinic", "施術を受けてきた当日は、飲酒を控えてください。", "testimonial"),
    ("cosmetic", "赤みが引いた気がしても、しばらくは保湿を続けてください。", "testimonial"),
    ("cosmetic", "洗顔後すぐ使えて、化粧水いらずのオールインワン。", "comparative"),
    ("clinic", "局所麻酔が不要な、短時間の施術です。", "comparative"),
    ("cosmetic", "お手頃な価格でも、毎日続けやすい保湿ケアを。", "comparative"),
    ("cosmetic", "寒さに負けない、しっとり肌を保つクリーム。", "comparative"),
    ("clinic", "アトピーの治療でステロイドはもう必要ありません。", "comparative"),
    ("cosmetic", "サロンでのケアと自宅のお手入れを組み合わせましょう。", "comparative"),
    ("cosmetic", "他とは違う形のボトルで、持ちやすくしました。", "comparative"),
    ("clinic", "ご自宅での保湿も、点滴と同じくらい大切です。", "comparative"),
    ("cosmetic", "撮影モデルの現場でこっそり使われている下地。", "endorsement"),
    ("clinic", "学会の推奨する手順に沿って、無菌試験を行っています。", "endorsement"),
    ("cosmetic", "医師が「使用前にはパッチテストを」と呼びかけています。", "endorsement"),
    ("cosmetic", "某皮膚科学会推奨のクリームです。", "approval-misrepresentation"),
    ("cosmetic", "海外の研究で保湿の働きが認められた成分です。", "approval-misrepresentation"),
    ("clinic", "米国ではFDAへの登録が求められますが、承認された製品はありません。", "approval-misrepresentation"),
    ("clinic", "治療の効果は、医師が診察のたびに確認します。", "endorsement"),
    ("supplement", "本品は機能性表示食品です。血糖値が気になる方に適しています（届出表示）。", "disease-treatment"),
    ("cosmetic", "使用中にかゆみが出た場合は、すぐに使用を中止してください。", "disease-treatment"),
    ("supplement", "咳が止まらないときは、早めに医療機関を受診してください。", "disease-treatment"),
    ("cosmetic", "一日のうちで一番乾燥しやすいのは入浴後です。", "superlative"),
    ("clinic", "他では対応できない症状の場合は、連携病院をご紹介します。", "superlative"),
    ("clinic", "幹細胞治療を受けたのと同じように、当日の激しい運動はお控えください。", "stem-cell-misrepresentation"),
    ("cosmetic", "開封後は3か月を目安に、お早めにお使いください。", "price-inducement"),
    ("clinic", "本日は19時まで受付しています。", "price-inducement"),
    ("cosmetic", "全額返金保証つき（未開封・お届け後30日以内に限ります）", "price-inducement"),
    ("supplement", "毎月便は4回目以降15%オフで、継続回数の条件はありません。", "price-inducement"),
    ("clinic", "培養上清液点滴（細胞は含まず、幹細胞治療ではありません）", "stem-cell-misrepresentation"),
    ("clinic", "ほかにご不明な点がなければ、予約へお進みください。", "superlative"),
    ("supplement", "風邪をひいているときは、飲用を控えてください。", "disease-treatment"),
    ("cosmetic", "小麦胚芽（国産）由来の保湿成分を配合。", "ips-derived"),
    ("clinic", "地方厚生局への計画提出は済んでいますが、この治療は国が承認したものではありません。", "approval-misrepresentation"),
    # round 5c near misses
    ("cosmetic", "市販の化粧水と重ねてもお使いいただけます。", "comparative"),
    ("cosmetic", "ほとんどのお客様が夜にお使いです。", "comparative"),
    ("cosmetic", "注射の前後はこのクリームを使わないでください。", "comparative"),
    ("clinic", "針を使う施術のため、内出血が出ることがあります。", "comparative"),
    ("clinic", "施術は皮膚科専門医たちが交代で担当します。", "endorsement"),
    ("cosmetic", "大学との共同研究を予定しています。", "endorsement"),
    ("cosmetic", "「香りに癒やされています」40代女性", "testimonial"),
    ("cosmetic", "使い始めてから2週間は、毎日同じ時間にお使いください。", "testimonial"),
    ("clinic", "施術を受けてから24時間は、飲酒をお控えください。", "testimonial"),
    ("supplement", "生きたまま腸まで届くビフィズス菌。", "stem-cell-misrepresentation"),
    ("clinic", "幹細胞治療は自宅ではできません。医療機関で受ける治療です。", "stem-cell-misrepresentation"),
    ("cosmetic", "これほど乾燥する季節は、重ね付けがおすすめです。", "superlative"),
    ("clinic", "当院だけでなく、提携院でも受けられます。", "superlative"),
    ("supplement", "軟骨の構造については、下の図で解説しています。", "disease-treatment"),
    ("cosmetic", "次回の入荷日はメールでお知らせします。", "price-inducement"),
    ("clinic", "公的医療保険は適用されません。", "approval-misrepresentation"),
    # round 5d near misses: feel, staff, doubts, instructions, denials, policies
    ("cosmetic", "私も使い始めてから、朝の準備がラクになりました。", "testimonial"),
    ("supplement", "主人もこの粒を飲み始めて、飲みやすさを気に入っています。", "testimonial"),
    ("clinic", "母と一緒に受けましたが、スタッフさんの説明が丁寧で安心できました。", "testimonial"),
    ("supplement", "友達みんな飲んでて、味がおいしいらしい。", "testimonial"),
    ("supplement", "飲み始めて1週間で体重が減るかどうかは、人によって違います。", "testimonial"),
    ("cosmetic", "私も塗ってみましたが、特に変化はありませんでした。", "testimonial"),
    ("clinic", "先生に打ってもらって2か月、まだはっきりした変化はありません。", "testimonial"),
    ("clinic", "以前は予約が取りにくかったのが、今ではネットで簡単に取れます。", "testimonial"),
    ("cosmetic", "「毛穴が消滅した」といった体験談は広告に使えません。", "testimonial"),
    ("cosmetic", "使い始めて3日で赤みが出た場合は、使用を中止してください。", "testimonial"),
    ("supplement", "これで本当に効いたのか、まだわかりません。", "testimonial"),
    ("clinic", "院長が認めた場合に限り、2回目の施術を行います。", "endorsement"),
    ("clinic", "患者さんに合わせて、点滴の量を調整しています。", "endorsement"),
    ("clinic", "政府が公式に認めた治療ではありません。", "approval-misrepresentation"),
    ("clinic", "学会の公式なガイダンスに沿って、粒子数を測定しています。", "approval-misrepresentation"),
    ("cosmetic", "当社だけの判断で返品をお断りすることはありません。", "superlative"),
    ("cosmetic", "ほかにない場合は、お問い合わせください。", "superlative"),
    ("cosmetic", "日本でも、ここ数年で広く知られるようになりました。", "superlative"),
    ("clinic", "更年期のつらい症状がある方は、婦人科の受診をおすすめします。", "disease-treatment"),
    ("cosmetic", "長年悩んだ乾燥によるごわつきに、うるおいを届けます。", "disease-treatment"),
]


@pytest.mark.parametrize(("profile", "text", "expected"), FLAGGED)
def test_family_is_flagged(profile, text, expected):
    assert expected <= _cats(text, profile), (text, _cats(text, profile))


@pytest.mark.parametrize(("profile", "text", "category"), QUIET)
def test_neighbour_stays_quiet(profile, text, category):
    assert category not in _cats(text, profile), text
