/**
 * A labelled evaluation set for matching needs to offers: would a thoughtful connector introduce
 * the person who wrote the need to the person who wrote the offer? Chinese, English and mixed, as
 * freelancers write them on WeChat, 小红书 or Behance.
 *
 * Each group is one need with the offers a person would call a match and near-misses a person
 * would not (a static poster designer for a motion need, a wedding photographer for product
 * photos, a UI designer for UI development, a picture-book editor for a picture-book illustrator).
 * Labels were written before running the matcher and say what a person would say, not what the
 * matcher can do; some near-misses are known failures (see match.eval.test.ts).
 *
 * Every offer of the set is ranked for every need, so an offer of another group that also fits a
 * need is labelled in CROSS (as a person would; labelling it false changes nothing, since an
 * unlabelled offer already counts as a wrong answer).
 */

export interface EvalPair {
  need: string;
  offer: string;
  match: boolean;
}

type Group = [need: string, matches: string[], nonMatches: string[]];

const GROUPS: Group[] = [
  [
    '需要一个会做动效的插画师',
    ['动效设计师，也画插画，AE 和 Procreate 都熟', 'motion designer & illustrator, 2D animation'],
    ['静态海报设计，擅长排版', '插画课程学员，正在练习商业插画'],
  ],
  [
    'Need someone for brand identity and packaging for a tea brand',
    ['品牌设计，VI 和包装都做过', 'brand identity designer — logos, packaging, guidelines'],
    ['UI designer for SaaS products', '奶茶店运营，懂门店营销'],
  ],
  [
    '想认识独立游戏团队',
    [
      '独立游戏开发者，在做一款像素风解谜游戏',
      'indie game studio in Chengdu, we make narrative games',
    ],
    ['游戏公司 HR，招聘原画', '手游公司的 UI 设计师'],
  ],
  [
    '找人拍产品照 in Hangzhou',
    [
      '杭州产品摄影师，电商白底图和场景图',
      'product photographer, Hangzhou, still life and packshots',
    ],
    ['杭州婚礼摄影', '产品渲染，KeyShot 和 C4D 出图'],
  ],
  [
    '谁会做小程序开发',
    ['微信小程序开发，前端加云开发', 'full-stack developer, built several WeChat mini programs'],
    ['小程序 UI 设计', '公众号运营'],
  ],
  [
    '需要做一套餐饮品牌的VI',
    ['餐饮品牌设计，做过很多咖啡店和面包店的VI', 'branding for cafes and restaurants'],
    ['美食摄影，拍菜单和菜品', '室内设计，做过几家咖啡店'],
  ],
  [
    'need a UI designer for a fintech app',
    ['UI/UX designer, fintech and banking apps', 'APP UI 设计，金融类产品经验'],
    ['iOS developer, Swift and SwiftUI', 'angel investor in fintech'],
  ],
  [
    'looking for a front-end developer (React)',
    ['前端开发，React 和 Vue', 'frontend engineer — Next.js, TypeScript'],
    ['UI 设计，Figma 组件库', 'backend developer, Python and Go'],
  ],
  [
    '需要剪辑师帮忙剪 vlog',
    ['视频剪辑，PR 和达芬奇，短视频和 vlog', 'video editor for YouTube channels and vlogs'],
    ['摄像，跟拍活动', '调色师，电影感调色'],
  ],
  [
    '想找会三维建模的人做产品渲染',
    ['C4D / Blender 三维设计，产品渲染', 'KeyShot product renders and 3D modeling'],
    ['产品摄影，静物', '3D打印代工'],
  ],
  [
    "need an illustrator for a children's picture book",
    ['绘本插画师，水彩风', "children's book illustrator working in gouache"],
    ['绘本编辑，在出版社工作', '儿童摄影，亲子写真'],
  ],
  [
    '需要字体设计，给品牌做一款定制字体',
    ['字体设计师，做过整套中文字库', 'type designer, custom typefaces and lettering'],
    ['排版设计，画册和杂志', '品牌策略咨询'],
  ],
  [
    '找会 AE 的动效师做 UI 动效',
    ['UI 动效设计，Lottie 和 AE', 'motion designer, product UI animations in After Effects'],
    ['UI 设计师，Figma', '三维动画，Maya'],
  ],
  [
    'Looking for a wedding photographer in Shanghai',
    ['上海婚礼摄影，婚纱照和婚礼跟拍', 'wedding photographer based in Shanghai'],
    ['上海产品摄影', '婚礼策划，上海', '婚礼视频跟拍，上海'],
  ],
  [
    '想认识做 AIGC 的朋友，Midjourney / SD 都行',
    ['AIGC 创作者，擅长 Midjourney 出图', 'AI artist, Stable Diffusion and ComfyUI workflows'],
    ['machine learning engineer, LLM fine-tuning', '插画师，纯手绘，不用AI'],
  ],
  [
    'Need a copywriter for Xiaohongshu posts',
    [
      '小红书文案和运营，写过很多种草笔记',
      'copywriter, social captions for Xiaohongshu and Instagram',
    ],
    ['小红书博主，美妆方向', 'translator, Chinese to English'],
  ],
  [
    '需要英文翻译，把作品集翻成英文',
    ['中英翻译，设计类文本', 'Chinese-English translator for design and art texts'],
    ['作品集设计', 'English teacher'],
  ],
  [
    '找人做咖啡店的室内设计，成都',
    ['成都室内设计师，商业空间，咖啡馆', 'interior designer for cafes and small shops'],
    ['咖啡店品牌设计', '成都咖啡师', '上海室内设计，家装为主'],
  ],
  [
    'looking for a 3D artist to make a short product animation',
    ['三维动画，C4D 产品动画', '3D motion designer, product animations in Blender'],
    ['3D 打印，手办打印', '产品摄影，静物'],
  ],
  [
    '需要给新书做封面设计',
    ['书籍装帧设计，书封', 'book cover designer, fiction and non-fiction'],
    ['出版社编辑', '海报设计，电影海报'],
  ],
  [
    'need someone to set up a Shopify store',
    ['Shopify developer, themes and apps', '独立站搭建，Shopify 和 WordPress'],
    ['亚马逊运营'],
  ],
  [
    '需要会PS和AI的平面设计师',
    ['平面设计，熟练 PS/AI/ID', 'graphic designer (Photoshop, Illustrator, InDesign)'],
    ['AIGC 出图', 'UI 设计 Figma'],
  ],
  [
    'AI startup needs brand identity',
    ['brand identity for tech startups', '品牌设计，服务过几家 AI 公司'],
    ['AIGC artist', 'ML engineer, computer vision'],
  ],
  [
    '找摄影师拍一组个人形象照',
    ['人像摄影，形象照、证件照', 'portrait photographer, headshots for creatives'],
    ['修图师，人像精修'],
  ],
  [
    'need a motion designer for a product launch video',
    ['motion graphics & explainer videos', '动效设计，做过很多产品发布视频'],
    ['产品摄影，白底图', '短视频拍摄'],
  ],
  [
    '找人帮忙做 PPT，路演用',
    ['PPT 设计，路演和发布会', 'pitch deck designer for startups'],
    ['投资人，关注消费赛道', 'keynote speaker on design leadership'],
  ],
  [
    '想找一个懂 Unity 的程序一起做独立游戏',
    ['Unity 开发，做过两款独立游戏', 'game programmer, Unity / C#'],
    ['游戏原画', 'Unreal 虚拟拍摄'],
  ],
  [
    'need someone to translate subtitles for a documentary',
    ['字幕翻译，中英', 'subtitle translator, film and documentary'],
    ['纪录片导演', 'documentary photographer'],
  ],
  [
    '需要配音，男声，广告片',
    ['配音演员，广告和宣传片', 'voice actor for commercials'],
    ['音乐制作，广告歌', '广告片导演'],
  ],
  [
    'Looking for a ceramicist to make custom cups for our cafe',
    ['陶艺师，接定制杯子和餐具', 'ceramic artist, custom tableware'],
    ['cafe interior design', '咖啡店品牌设计'],
  ],
  [
    '想学 Blender，有没有人能带一下',
    ['Blender 讲师，开过三维入门课', '3D artist, happy to mentor beginners in Blender'],
    ['学 Blender 半年的学生', '平面设计，偶尔用 PS'],
  ],
  [
    'need a lawyer to review a client contract',
    ['律师，版权和合同', 'IP lawyer for creatives'],
    ['accountant for freelancers', '品牌策略'],
  ],
  [
    '找会计帮忙报税，自由职业',
    ['代账和报税，服务个体户和工作室', 'bookkeeping & tax for freelancers'],
    ['律师，合同审核'],
  ],
  [
    '想认识在东京的插画师',
    ['东京的插画师，商业插画', 'Tokyo-based illustrator'],
    ['东京摄影师', '上海插画师'],
  ],
  [
    '需要做一个品牌官网',
    ['网页设计 + Webflow 搭建', 'web designer & developer, brand websites'],
    ['品牌策略咨询', 'APP 开发'],
  ],
  [
    'who can do an infographic for our annual report',
    ['信息图设计，数据可视化', 'infographic designer, annual reports'],
    ['数据分析师，Python'],
  ],
  [
    '找个会 C4D 的设计师做电商主图',
    ['电商设计，C4D 场景主图', 'e-commerce designer, 3D product visuals'],
    ['电商运营', '淘宝模特'],
  ],
  [
    'Need a DJ for a launch party',
    ['DJ，活动和派对', 'DJ and music producer for events'],
    ['event photographer'],
  ],
  [
    '想找人一起做播客',
    ['播客主播，做了两年的设计播客', 'podcast producer & audio editor'],
    ['直播带货主播'],
  ],
  [
    'need help with Xiaohongshu growth for my illustration shop',
    ['小红书运营，账号从0到1', 'social media manager for Xiaohongshu and Instagram'],
    ['插画师，接商稿'],
  ],
  [
    '需要一个会写代码的合伙人',
    ['全栈工程师，想找项目一起创业', 'technical cofounder, looking for a design-led startup'],
    ['设计师，想找合伙人'],
  ],
  [
    'Looking for investors for a design-tool startup',
    ['天使投资人，关注设计工具和 SaaS', 'angel investor in the creator economy'],
    ['创业者，也在融资'],
  ],
  [
    '需要一个懂抖音投放的人',
    ['抖音投放，千川投流', 'paid social & performance marketing'],
    ['抖音博主，穿搭'],
  ],
  [
    '找人画一套微信表情包',
    ['表情包设计，做过几十套', 'sticker artist, WeChat sticker packs'],
    ['微信公众号运营'],
  ],
  [
    'Looking for someone who does risograph printing in Berlin',
    ['Riso print studio in Berlin', 'risograph printing and zines'],
    ['offset printing factory in Shenzhen'],
  ],
  [
    '需要找工厂打样做潮玩',
    ['潮玩工厂，手办打样', 'toy manufacturer, vinyl figures, small runs'],
    ['潮玩设计师'],
  ],
  [
    'need a fashion photographer for a lookbook shoot',
    ['时尚摄影，服装 lookbook', 'fashion & editorial photographer'],
    ['服装设计师', '平面模特'],
  ],
  [
    '找会 Figma 的交互设计师',
    ['交互设计，Figma 原型', 'UX designer, Figma prototyping and user flows'],
    ['UI 设计，偏视觉'],
  ],
  [
    'Need a 3D character modeler for a game',
    ['游戏角色建模，ZBrush 和 Maya', '3D character artist for games'],
    ['游戏 UI', '角色设计（2D 原画）'],
  ],
  [
    '需要婚礼请柬设计',
    ['婚礼请柬、邀请函设计', 'wedding invitation designer, letterpress'],
    ['婚礼策划', '婚礼摄影'],
  ],
  [
    'looking for a sound designer for a mobile game',
    ['游戏音效设计', 'sound designer & composer for games'],
    ['手游美术'],
  ],
  [
    '需要会 Unreal 的人做虚拟拍摄',
    ['UE5 虚拟制片', 'virtual production artist, Unreal Engine'],
    ['游戏开发（Unity）'],
  ],
  [
    '找人做公司年会的活动策划 in Shenzhen',
    ['深圳活动策划执行，年会和发布会', 'event planner, corporate events, Shenzhen'],
    ['活动摄影，深圳'],
  ],
  [
    '需要一个懂 SEO 的人做英文官网',
    ['SEO / SEM 优化', 'SEO specialist, content and technical'],
    ['网页设计'],
  ],
  [
    'Looking for a UX researcher to run user interviews',
    ['用户研究，访谈和可用性测试', 'UX researcher, qualitative research'],
    ['market research agency'],
  ],
  [
    'need a tattoo artist for a custom design',
    ['纹身师，原创图案', 'tattoo artist, fine line'],
    ['textile pattern designer'],
  ],
  [
    '需要帮忙做一个 H5 小游戏',
    ['H5 开发，互动小游戏', 'HTML5 game developer (Cocos, Phaser)'],
    ['手游 UI'],
  ],
  [
    'need someone to animate a logo',
    ['logo 动画、动态品牌', 'motion designer, logo animations'],
    ['logo 设计', 'brand identity designer'],
  ],
  [
    '找个做过母婴品牌的包装设计师',
    ['包装设计，母婴和食品类', 'packaging designer for baby and kids brands'],
    ['母婴博主', '亲子摄影'],
  ],
  [
    '想约个懂版权的人聊聊插画被盗用',
    ['知识产权律师，擅长版权维权', 'copyright lawyer for artists'],
    ['插画师，接商稿'],
  ],
  [
    'Need a colorist for a short film',
    ['达芬奇调色师', 'colorist, short films and commercials'],
    ['short film director', '剪辑师'],
  ],
  [
    '找人做小红书封面和配图',
    ['新媒体美工，小红书封面', 'social media graphics designer'],
    ['小红书博主，穿搭'],
  ],
  [
    'looking for a Mandarin-English interpreter for a design conference',
    ['口译，会议同传', 'interpreter, Chinese-English, events'],
    ['conference organizer'],
  ],
  ['想租个摄影棚', ['摄影棚出租，杭州', 'photo studio rental, daylight studio'], ['人像摄影师']],
  [
    '想认识做非遗手工艺的人',
    ['非遗刺绣传承人', 'traditional crafts artisan, bamboo weaving'],
    ['文创产品设计'],
  ],
  [
    '找会做 Live2D 的画师',
    ['Live2D 模型制作', 'Live2D rigger & illustrator for VTubers'],
    ['3D 绑定'],
  ],
  [
    'need a food photographer for a restaurant menu',
    ['美食摄影，餐厅菜单', 'food photographer, restaurants and cafes'],
    ['菜单设计'],
  ],
  ['找人拍 MV', ['MV 导演和摄像', 'music video director & DP'], ['音乐人，独立唱作']],
  [
    'Need someone who can do 2D frame-by-frame animation for a music video',
    ['逐帧动画，手绘风 MV', '2D animator, hand-drawn, music videos'],
    ['三维动画，Maya'],
  ],
  [
    '需要帮忙修图，几百张电商产品图',
    ['电商精修，产品修图', 'photo retoucher for e-commerce'],
    ['电商运营'],
  ],
  [
    'looking for a composer for an indie game soundtrack',
    ['游戏配乐作曲', 'composer, game and film scores'],
    ['indie game developer'],
  ],
  [
    '找靠谱的印刷厂印画册',
    ['印刷厂，画册和包装印刷', 'print shop, offset and digital printing'],
    ['画册设计'],
  ],
  [
    'need a stylist and makeup artist for a fashion shoot',
    ['造型师和化妆师，时尚拍摄', 'MUA & stylist, editorial shoots'],
    ['fashion photographer'],
  ],
  [
    '想认识在柏林的中国设计师',
    ['柏林的平面设计师', 'designer based in Berlin'],
    ['柏林的 DJ', '伦敦的设计师'],
  ],
  [
    '需要会 Procreate 的插画师画头像',
    ['头像定制，Procreate 厚涂', 'avatar illustrator (Procreate)'],
    ['证件照拍摄'],
  ],
  [
    'need a Webflow developer',
    ['Webflow 和 Framer 建站', 'no-code web developer, Webflow expert'],
    ['WordPress plugin developer'],
  ],
  ['想找人合作做一本独立杂志', ['独立杂志主编', 'zine maker, risograph'], ['杂志社广告销售']],
  [
    'need an architect for a small cabin',
    ['建筑师，小型住宅', 'architect, residential and cabins'],
    ['interior stylist'],
  ],
  [
    '需要亚马逊 listing 设计',
    ['Amazon listing 设计，A+ 页面', '跨境电商设计，亚马逊 listing 图片'],
    ['亚马逊运营'],
  ],
  [
    '需要给宠物品牌拍一组产品图',
    ['宠物用品产品摄影', 'product photographer, pet brands'],
    ['宠物摄影，拍猫狗写真'],
  ],
  [
    '找人做一个 AR 滤镜',
    ['AR 滤镜制作，抖音和 Instagram', 'Spark AR / Lens Studio creator'],
    ['VR 游戏开发'],
  ],
  [
    'need a Chinese-speaking UX writer',
    ['界面文案，UX 文案', 'UX writer, bilingual'],
    ['广告文案'],
  ],
  [
    '需要找个会拍视频又会剪的人',
    ['摄像兼剪辑，活动和短视频', 'videographer & editor, one-person crew'],
    ['平面摄影师'],
  ],
  [
    'Looking for a mentor in illustration — pricing and finding clients',
    ['资深插画师，愿意带新人，聊定价和接单', 'illustration mentor, pricing and client work'],
    ['插画课程学员，正在练习商业插画'],
  ],
];

/**
 * Offers of other groups judged for a need after seeing that they rank in its top 5, by the same
 * rules as the groups (see the top of the file): true where a person would introduce them, false
 * where not. Either way the judgement is a person's; a false label changes no number.
 */
const CROSS: Group[] = [
  [
    'looking for a front-end developer (React)',
    ['微信小程序开发，前端加云开发', 'full-stack developer, built several WeChat mini programs'],
    [],
  ],
  ['need someone to translate subtitles for a documentary', ['translator, Chinese to English'], []],
  ['需要帮忙做一个 H5 小游戏', ['Unity 开发，做过两款独立游戏'], []],
  [
    'need a motion designer for a product launch video',
    ['动效设计师，也画插画，AE 和 Procreate 都熟'],
    [],
  ],
  [
    'need help with Xiaohongshu growth for my illustration shop',
    ['小红书文案和运营，写过很多种草笔记'],
    ['小红书博主，穿搭', '小红书博主，美妆方向'],
  ],
  [
    'need a stylist and makeup artist for a fashion shoot',
    [],
    ['小红书博主，穿搭', '抖音博主，穿搭'],
  ],
  [
    '需要一个会做动效的插画师',
    [
      '2D animator, hand-drawn, music videos',
      '逐帧动画，手绘风 MV',
      'Live2D rigger & illustrator for VTubers',
    ],
    [],
  ],
  [
    'Need someone for brand identity and packaging for a tea brand',
    ['包装设计，母婴和食品类', 'branding for cafes and restaurants', '咖啡店品牌设计'],
    [],
  ],
  [
    '想认识独立游戏团队',
    ['indie game developer', 'Unity 开发，做过两款独立游戏'],
    ['composer, game and film scores'],
  ],
  [
    '找人拍产品照 in Hangzhou',
    ['product photographer, pet brands', '产品摄影，白底图', '产品摄影，静物'],
    [],
  ],
  [
    '需要做一套餐饮品牌的VI',
    [
      '咖啡店品牌设计',
      'brand identity designer',
      'brand identity designer — logos, packaging, guidelines',
    ],
    [],
  ],
  [
    'need a UI designer for a fintech app',
    ['UI designer for SaaS products', 'UI 设计 Figma', 'UI 设计，偏视觉'],
    [],
  ],
  [
    'looking for a front-end developer (React)',
    ['H5 开发，互动小游戏'],
    ['HTML5 game developer (Cocos, Phaser)', 'no-code web developer, Webflow expert'],
  ],
  [
    '需要剪辑师帮忙剪 vlog',
    ['摄像兼剪辑，活动和短视频', 'videographer & editor, one-person crew', '剪辑师'],
    [],
  ],
  [
    '想找会三维建模的人做产品渲染',
    ['e-commerce designer, 3D product visuals'],
    ['3D character artist for games', 'Blender 讲师，开过三维入门课'],
  ],
  [
    "need an illustrator for a children's picture book",
    [],
    [
      '2D animator, hand-drawn, music videos',
      'avatar illustrator (Procreate)',
      'illustration mentor, pricing and client work',
    ],
  ],
  [
    '找会 AE 的动效师做 UI 动效',
    [
      'motion graphics & explainer videos',
      '动效设计，做过很多产品发布视频',
      '动效设计师，也画插画，AE 和 Procreate 都熟',
      'motion designer & illustrator, 2D animation',
    ],
    [
      'APP UI 设计，金融类产品经验',
      'UI designer for SaaS products',
      'logo 动画、动态品牌',
      'motion designer, logo animations',
    ],
  ],
  [
    'Looking for a wedding photographer in Shanghai',
    ['婚礼摄影', '平面摄影师'],
    ['fashion & editorial photographer'],
  ],
  ['想认识做 AIGC 的朋友，Midjourney / SD 都行', ['AIGC artist', 'AIGC 出图'], []],
  [
    'Need a copywriter for Xiaohongshu posts',
    ['广告文案'],
    ['UX writer, bilingual', '界面文案，UX 文案'],
  ],
  [
    '需要英文翻译，把作品集翻成英文',
    ['interpreter, Chinese-English, events', 'translator, Chinese to English', '口译，会议同传'],
    [],
  ],
  [
    '找人做咖啡店的室内设计，成都',
    ['cafe interior design', '室内设计，做过几家咖啡店'],
    ['interior stylist'],
  ],
  [
    'looking for a 3D artist to make a short product animation',
    ['三维动画，Maya'],
    ['e-commerce designer, 3D product visuals', '游戏角色建模，ZBrush 和 Maya'],
  ],
  [
    '需要给新书做封面设计',
    [
      'graphic designer (Photoshop, Illustrator, InDesign)',
      '平面设计，偶尔用 PS',
      '平面设计，熟练 PS/AI/ID',
    ],
    ['柏林的平面设计师'],
  ],
  [
    '需要会PS和AI的平面设计师',
    ['平面设计，偶尔用 PS', '柏林的平面设计师', 'Amazon listing 设计，A+ 页面'],
    ['photo retoucher for e-commerce'],
  ],
  [
    'AI startup needs brand identity',
    [
      'brand identity designer',
      'brand identity designer — logos, packaging, guidelines',
      'branding for cafes and restaurants',
    ],
    ['technical cofounder, looking for a design-led startup'],
  ],
  ['找摄影师拍一组个人形象照', ['人像摄影师', '证件照拍摄'], ['宠物摄影，拍猫狗写真']],
  [
    'need a motion designer for a product launch video',
    [
      '3D motion designer, product animations in Blender',
      '2D animator, hand-drawn, music videos',
      '逐帧动画，手绘风 MV',
      'motion designer & illustrator, 2D animation',
      'motion designer, product UI animations in After Effects',
    ],
    [],
  ],
  [
    '找人帮忙做 PPT，路演用',
    [
      'graphic designer (Photoshop, Illustrator, InDesign)',
      '平面设计，偶尔用 PS',
      '平面设计，熟练 PS/AI/ID',
    ],
    [],
  ],
  [
    '想找一个懂 Unity 的程序一起做独立游戏',
    ['游戏开发（Unity）', 'indie game developer', '独立游戏开发者，在做一款像素风解谜游戏'],
    ['VR 游戏开发'],
  ],
  [
    'need someone to translate subtitles for a documentary',
    ['Chinese-English translator for design and art texts', 'interpreter, Chinese-English, events'],
    ['copywriter, social captions for Xiaohongshu and Instagram'],
  ],
  [
    '想学 Blender，有没有人能带一下',
    [],
    ['3D character artist for games', 'e-commerce designer, 3D product visuals'],
  ],
  [
    'need a lawyer to review a client contract',
    ['copyright lawyer for artists', '律师，合同审核', '知识产权律师，擅长版权维权'],
    [],
  ],
  ['找会计帮忙报税，自由职业', ['accountant for freelancers'], []],
  [
    '想认识在东京的插画师',
    ['avatar illustrator (Procreate)', "children's book illustrator working in gouache"],
    ['2D animator, hand-drawn, music videos'],
  ],
  [
    '需要做一个品牌官网',
    [
      'Webflow 和 Framer 建站',
      'frontend engineer — Next.js, TypeScript',
      'no-code web developer, Webflow expert',
    ],
    [
      'H5 开发，互动小游戏',
      'HTML5 game developer (Cocos, Phaser)',
      'Shopify developer, themes and apps',
    ],
  ],
  [
    'who can do an infographic for our annual report',
    [
      'graphic designer (Photoshop, Illustrator, InDesign)',
      '平面设计，偶尔用 PS',
      '平面设计，熟练 PS/AI/ID',
    ],
    ['UI 设计，偏视觉'],
  ],
  [
    '找个会 C4D 的设计师做电商主图',
    ['Amazon listing 设计，A+ 页面', '跨境电商设计，亚马逊 listing 图片'],
    ['3D character artist for games'],
  ],
  ['Need a DJ for a launch party', ['柏林的 DJ'], []],
  [
    'need help with Xiaohongshu growth for my illustration shop',
    [],
    [
      'sticker artist, WeChat sticker packs',
      '2D animator, hand-drawn, music videos',
      'avatar illustrator (Procreate)',
      "children's book illustrator working in gouache",
      'illustration mentor, pricing and client work',
      'copywriter, social captions for Xiaohongshu and Instagram',
    ],
  ],
  ['需要一个会写代码的合伙人', [], ['创业者，也在融资']],
  [
    'Looking for investors for a design-tool startup',
    [],
    ['angel investor in fintech', '投资人，关注消费赛道'],
  ],
  [
    '找人画一套微信表情包',
    ['avatar illustrator (Procreate)', "children's book illustrator working in gouache"],
    ['2D animator, hand-drawn, music videos'],
  ],
  ['Looking for someone who does risograph printing in Berlin', ['zine maker, risograph'], []],
  ['需要找工厂打样做潮玩', ['3D打印代工'], ['offset printing factory in Shenzhen']],
  [
    'need a fashion photographer for a lookbook shoot',
    ['fashion photographer', '东京摄影师'],
    ['造型师和化妆师，时尚拍摄'],
  ],
  ['找会 Figma 的交互设计师', [], ['UI 设计 Figma', 'UI 设计，Figma 组件库', 'UI 设计师，Figma']],
  [
    'Need a 3D character modeler for a game',
    [],
    ['KeyShot product renders and 3D modeling', '三维动画，Maya', 'Blender 讲师，开过三维入门课'],
  ],
  [
    '需要婚礼请柬设计',
    [
      'graphic designer (Photoshop, Illustrator, InDesign)',
      '平面设计，偶尔用 PS',
      '平面设计，熟练 PS/AI/ID',
    ],
    [],
  ],
  ['需要会 Unreal 的人做虚拟拍摄', ['Unreal 虚拟拍摄'], ['VR 游戏开发']],
  [
    'Looking for a UX researcher to run user interviews',
    ['UI/UX designer, fintech and banking apps'],
    [],
  ],
  [
    '需要帮忙做一个 H5 小游戏',
    [
      'frontend engineer — Next.js, TypeScript',
      'game programmer, Unity / C#',
      'indie game developer',
      '前端开发，React 和 Vue',
    ],
    ['no-code web developer, Webflow expert'],
  ],
  [
    'need someone to animate a logo',
    [
      'motion graphics & explainer videos',
      '动效设计，做过很多产品发布视频',
      '动效设计师，也画插画，AE 和 Procreate 都熟',
      'motion designer & illustrator, 2D animation',
    ],
    [],
  ],
  [
    '找个做过母婴品牌的包装设计师',
    ['brand identity designer — logos, packaging, guidelines', '品牌设计，VI 和包装都做过'],
    ['印刷厂，画册和包装印刷'],
  ],
  [
    '想约个懂版权的人聊聊插画被盗用',
    ['IP lawyer for creatives'],
    [
      '2D animator, hand-drawn, music videos',
      'avatar illustrator (Procreate)',
      "children's book illustrator working in gouache",
      'illustration mentor, pricing and client work',
    ],
  ],
  [
    'Need a colorist for a short film',
    ['调色师，电影感调色'],
    ['视频剪辑，PR 和达芬奇，短视频和 vlog', 'video editor for YouTube channels and vlogs'],
  ],
  [
    '找人做小红书封面和配图',
    ['graphic designer (Photoshop, Illustrator, InDesign)', '平面设计，偶尔用 PS'],
    ['social media manager for Xiaohongshu and Instagram'],
  ],
  [
    'looking for a Mandarin-English interpreter for a design conference',
    [
      'Chinese-English translator for design and art texts',
      '中英翻译，设计类文本',
      'translator, Chinese to English',
    ],
    [],
  ],
  ['想认识做非遗手工艺的人', [], ['ceramic artist, custom tableware', '陶艺师，接定制杯子和餐具']],
  [
    '找会做 Live2D 的画师',
    [],
    [
      '2D animator, hand-drawn, music videos',
      'avatar illustrator (Procreate)',
      "children's book illustrator working in gouache",
    ],
  ],
  [
    'need a food photographer for a restaurant menu',
    ['美食摄影，拍菜单和菜品', '东京摄影师', '平面摄影师'],
    ['fashion & editorial photographer'],
  ],
  [
    '找人拍 MV',
    ['videographer & editor, one-person crew', '摄像，跟拍活动', '摄像兼剪辑，活动和短视频'],
    ['MUA & stylist, editorial shoots', '2D animator, hand-drawn, music videos'],
  ],
  [
    'Need someone who can do 2D frame-by-frame animation for a music video',
    ['motion designer & illustrator, 2D animation'],
    ['Live2D rigger & illustrator for VTubers', 'Live2D 模型制作'],
  ],
  [
    '需要帮忙修图，几百张电商产品图',
    [],
    [
      '修图师，人像精修',
      'graphic designer (Photoshop, Illustrator, InDesign)',
      '平面设计，偶尔用 PS',
    ],
  ],
  [
    'looking for a composer for an indie game soundtrack',
    ['DJ and music producer for events', 'sound designer & composer for games', '音乐制作，广告歌'],
    [],
  ],
  ['找靠谱的印刷厂印画册', ['offset printing factory in Shenzhen'], []],
  [
    'need a stylist and makeup artist for a fashion shoot',
    [],
    ['fashion & editorial photographer', '时尚摄影，服装 lookbook'],
  ],
  [
    '想认识在柏林的中国设计师',
    [],
    [
      'Chinese-English translator for design and art texts',
      'keynote speaker on design leadership',
      'technical cofounder, looking for a design-led startup',
      'Riso print studio in Berlin',
    ],
  ],
  [
    '需要会 Procreate 的插画师画头像',
    ['动效设计师，也画插画，AE 和 Procreate 都熟'],
    ['2D animator, hand-drawn, music videos', "children's book illustrator working in gouache"],
  ],
  ['need a Webflow developer', ['网页设计 + Webflow 搭建'], []],
  ['想找人合作做一本独立杂志', ['risograph printing and zines'], []],
  [
    '需要亚马逊 listing 设计',
    [
      'e-commerce designer, 3D product visuals',
      '电商设计，C4D 场景主图',
      'graphic designer (Photoshop, Illustrator, InDesign)',
    ],
    [],
  ],
  [
    '需要给宠物品牌拍一组产品图',
    [
      'product photographer, Hangzhou, still life and packshots',
      '上海产品摄影',
      '产品摄影，白底图',
    ],
    [],
  ],
  [
    'need a Chinese-speaking UX writer',
    [],
    [
      'copywriter, social captions for Xiaohongshu and Instagram',
      'UI/UX designer, fintech and banking apps',
      '小红书文案和运营，写过很多种草笔记',
    ],
  ],
  [
    '需要找个会拍视频又会剪的人',
    [],
    ['music video director & DP', 'MV 导演和摄像', '摄像，跟拍活动'],
  ],
  [
    'Looking for a mentor in illustration — pricing and finding clients',
    [],
    [
      '2D animator, hand-drawn, music videos',
      'avatar illustrator (Procreate)',
      "children's book illustrator working in gouache",
    ],
  ],
];

/** Every labelled pair. */
export const PAIRS: readonly EvalPair[] = [...GROUPS, ...CROSS].flatMap(([need, yes, no]) => [
  ...yes.map((offer) => ({ need, offer, match: true })),
  ...no.map((offer) => ({ need, offer, match: false })),
]);
